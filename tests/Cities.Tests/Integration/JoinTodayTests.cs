using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.Extensions.DependencyInjection;
using static Mc2cm.Cities.Tests.NetworkRequests;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>
/// The current phase, whose end no source gives yet, is open-ended: a city joins it on today's
/// date, as the service's own clock tells it. A database of its own: the open phase covers every
/// day from its start, so no other test could add a phase after it.
/// </summary>
public sealed class JoinTodayTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_city_joins_the_open_ended_current_phase_today_and_no_phase_may_start_after_it()
    {
        var today = DateOnly.FromDateTime(app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var current = (await app.Network.CreatePhaseAsync(Phase(new DateOnly(2021, 4, 1).ToProtoDate(), null), cancellationToken: Ct)).Phase;
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        var joined = (await app.Cities.JoinNetworkAsync(new JoinNetworkRequest { Name = city.Name, Phase = current.Name, JoinedOn = today.ToProtoDate() }, cancellationToken: Ct)).City;
        var later = await Assert.ThrowsAsync<RpcException>(() =>
            app.Network.CreatePhaseAsync(Phase(today.AddYears(2).ToProtoDate(), today.AddYears(3).ToProtoDate()), cancellationToken: Ct).ResponseAsync);

        Assert.Null(current.EndDate);
        Assert.Equal((MembershipStatus.Member, today.ToProtoDate()), (joined.MembershipStatus, Assert.Single(joined.Memberships).JoinedOn));
        var violation = later.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single();
        Assert.Equal(("phase.start_date", FieldReasons.Overlaps), (violation.Field, violation.Reason));
        var parameters = later.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata;
        Assert.Equal("2021-04-01", parameters["phase.start_date:start"]);
        Assert.False(parameters.ContainsKey("phase.start_date:end"));
    }

    [Fact]
    public async Task Without_a_current_phase_a_join_today_is_refused_as_outside_every_seeded_phase()
    {
        var today = DateOnly.FromDateTime(app.Host.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        var refused = await Assert.ThrowsAsync<RpcException>(() => app.Cities.JoinNetworkAsync(
            new JoinNetworkRequest { Name = city.Name, Phase = "phases/phase-2", JoinedOn = today.ToProtoDate() }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal("joined_on", refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
    }
}
