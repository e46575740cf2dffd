using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Google.Type;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>Create, update, join and leave over HTTP/2: the error model and "nothing partial is stored".</summary>
public sealed class CityWriteTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> CityCountAsync() => app.QueryAsync(db => db.Cities.CountAsync(Ct));

    private Task<int> OutboxCountAsync() => app.QueryAsync(db => db.OutboxMessages.CountAsync(Ct));

    [Fact]
    public async Task A_created_city_can_be_read_back_with_its_first_etag()
    {
        var request = CityRequests.Create();

        var created = await app.Cities.CreateCityAsync(request, cancellationToken: Ct);
        var read = await app.Cities.GetCityAsync(new GetCityRequest { Name = created.City.Name }, cancellationToken: Ct);

        Assert.Equal($"cities/{request.CityId}", read.City.Name);
        Assert.Equal("W/\"1\"", read.City.Etag);
        Assert.Equal(MembershipStatus.NotMember, read.City.MembershipStatus);
        Assert.Equal(request.City.DisplayName, read.City.DisplayName);
        Assert.Equal(request.City.Population, read.City.Population);
    }

    [Fact]
    public async Task A_second_city_with_the_same_id_is_refused_as_already_existing()
    {
        var request = CityRequests.Create();
        await app.Cities.CreateCityAsync(request, cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<RpcException>(() => app.Cities.CreateCityAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
        Assert.Equal($"cities/{request.CityId}", error.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_violations_and_nothing_is_stored()
    {
        var (cities, outbox) = (await CityCountAsync(), await OutboxCountAsync());
        var request = CityRequests.Create();
        request.City.CountryCode = "XK1";
        request.City.Population.Source = "";

        var error = await Assert.ThrowsAsync<RpcException>(() => app.Cities.CreateCityAsync(request, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);
        Assert.Equal(["city.country_code", "city.population.source"], violations);
        Assert.Equal((cities, outbox), (await CityCountAsync(), await OutboxCountAsync()));
    }

    [Fact]
    public async Task An_unknown_city_is_not_found()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            app.Cities.GetCityAsync(new GetCityRequest { Name = "cities/atlantis" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task An_update_with_the_current_etag_applies_and_a_stale_one_is_refused()
    {
        var created = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        var change = new UpdateCityRequest
        {
            City = new City { Name = created.Name, Etag = created.Etag, DisplayName = new() { En = "Sousse", Fr = "Soussa" } },
            UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        };

        var updated = (await app.Cities.UpdateCityAsync(change, cancellationToken: Ct)).City;
        change.City.DisplayName.Fr = "Susa";
        var stale = await Assert.ThrowsAsync<RpcException>(() => app.Cities.UpdateCityAsync(change, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(("Soussa", "W/\"2\""), (updated.DisplayName.Fr, updated.Etag));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal("STALE_ETAG", stale.GetRpcStatus()!.GetDetail<ErrorInfo>().Reason);
        var stored = (await app.Cities.GetCityAsync(new GetCityRequest { Name = created.Name }, cancellationToken: Ct)).City;
        Assert.Equal(("Soussa", "W/\"2\""), (stored.DisplayName.Fr, stored.Etag));
    }

    [Fact]
    public async Task Concurrent_updates_from_one_etag_let_exactly_one_win()
    {
        var created = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        var attempts = Enumerable.Range(0, 12).Select(async i =>
        {
            var request = new UpdateCityRequest
            {
                City = new City { Name = created.Name, Etag = created.Etag, Population = new Population { Value = 300_000 + i, ReferenceYear = 2024, Source = $"writer {i}" } },
            };
            try
            {
                return (await app.Cities.UpdateCityAsync(request, cancellationToken: Ct)).City.Population.Source;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
            {
                return null;
            }
        });

        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r is not null);
        var stored = (await app.Cities.GetCityAsync(new GetCityRequest { Name = created.Name }, cancellationToken: Ct)).City;
        Assert.Equal((winner, "W/\"2\""), (stored.Population.Source, stored.Etag));
    }

    [Fact]
    public async Task Joining_and_leaving_follow_the_membership_rules()
    {
        var name = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City.Name;
        var join = new JoinNetworkRequest { Name = name, Phase = "phases/phase-2", JoinedOn = new Date { Year = 2019, Month = 3, Day = 1 } };

        var joined = (await app.Cities.JoinNetworkAsync(join, cancellationToken: Ct)).City;
        var again = await Assert.ThrowsAsync<RpcException>(() => app.Cities.JoinNetworkAsync(join, cancellationToken: Ct).ResponseAsync);
        var left = (await app.Cities.LeaveNetworkAsync(
            new LeaveNetworkRequest { Name = name, LeftOn = new Date { Year = 2020, Month = 12, Day = 31 }, Etag = joined.Etag }, cancellationToken: Ct)).City;

        Assert.Equal(MembershipStatus.Member, joined.MembershipStatus);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal(MembershipStatus.FormerMember, left.MembershipStatus);
        Assert.Equal(new Date { Year = 2020, Month = 12, Day = 31 }, Assert.Single(left.Memberships).LeftOn);
    }

    [Fact]
    public async Task Joining_checks_the_phase_exists_and_covers_the_date()
    {
        var name = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City.Name;
        var unknownPhase = new JoinNetworkRequest { Name = name, Phase = "phases/phase-9", JoinedOn = new Date { Year = 2019, Month = 1, Day = 1 } };
        var outsidePhase = new JoinNetworkRequest { Name = name, Phase = "phases/phase-2", JoinedOn = new Date { Year = 2022, Month = 1, Day = 1 } };

        var unknown = await Assert.ThrowsAsync<RpcException>(() => app.Cities.JoinNetworkAsync(unknownPhase, cancellationToken: Ct).ResponseAsync);
        var outside = await Assert.ThrowsAsync<RpcException>(() => app.Cities.JoinNetworkAsync(outsidePhase, cancellationToken: Ct).ResponseAsync);

        Assert.Equal("phase", unknown.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        Assert.Equal("joined_on", outside.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single().Field);
        var city = (await app.Cities.GetCityAsync(new GetCityRequest { Name = name }, cancellationToken: Ct)).City;
        Assert.Empty(city.Memberships);
    }

    [Fact]
    public async Task Every_write_puts_its_event_in_the_outbox_in_the_same_transaction()
    {
        var request = CityRequests.Create();
        var name = (await app.Cities.CreateCityAsync(request, cancellationToken: Ct)).City.Name;
        await app.Cities.JoinNetworkAsync(
            new JoinNetworkRequest { Name = name, Phase = "phases/phase-2", JoinedOn = new Date { Year = 2019, Month = 1, Day = 1 } }, cancellationToken: Ct);

        var events = await app.QueryAsync(db => db.OutboxMessages.Where(m => m.AggregateName == name).OrderBy(m => m.Id)
            .Select(m => m.EventType).ToListAsync(Ct));

        Assert.Equal(["Mc2cm.Contracts.Events.Cities.CityRegistered", "Mc2cm.Contracts.Events.Cities.CityJoinedNetwork"], events);
    }
}
