using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using static Mc2cm.Cities.Tests.NetworkRequests;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>
/// The coordinators keep the phases: the checks that span phases and cities, the etag, and who may
/// write. Each test's phases lie in a year of their own (before the seeded ones), so tests on the
/// shared database never overlap one another.
/// </summary>
public sealed class PhaseWriteTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> PhaseCountAsync() => app.QueryAsync(db => db.Phases.CountAsync(Ct));

    private static BadRequest.Types.FieldViolation Violation(RpcException error) => error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single();

    private static IDictionary<string, string> Parameters(RpcException error) => error.GetRpcStatus()!.GetDetail<ErrorInfo>().Metadata;

    [Fact]
    public async Task A_created_phase_reads_back_and_an_update_needs_its_current_etag()
    {
        var request = Phase(Day(2001, 1, 1), Day(2001, 12, 31));

        var created = (await app.Network.CreatePhaseAsync(request, cancellationToken: Ct)).Phase;
        var change = new UpdatePhaseRequest
        {
            Phase = new Phase { Name = created.Name, Etag = created.Etag, EndDate = Day(2002, 6, 30), DisplayName = new() { Fr = "Phase pilote" } },
            UpdateMask = new FieldMask { Paths = { "end_date", "display_name.fr" } },
        };
        var updated = (await app.Network.UpdatePhaseAsync(change, cancellationToken: Ct)).Phase;
        change.Phase.EndDate = Day(2002, 12, 31);
        var stale = await Assert.ThrowsAsync<RpcException>(() => app.Network.UpdatePhaseAsync(change, cancellationToken: Ct).ResponseAsync);
        var read = (await app.Network.GetPhaseAsync(new GetPhaseRequest { Name = created.Name }, cancellationToken: Ct)).Phase;

        Assert.Equal(($"phases/{request.PhaseId}", "W/\"1\""), (created.Name, created.Etag));
        Assert.Equal((Day(2002, 6, 30), "Phase pilote", "Phase test", "W/\"2\""), (updated.EndDate, updated.DisplayName.Fr, updated.DisplayName.En, updated.Etag));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal((Day(2002, 6, 30), "W/\"2\""), (read.EndDate, read.Etag));
    }

    [Fact]
    public async Task A_phase_overlapping_another_is_refused_naming_the_date_and_the_other_phase_and_nothing_is_stored()
    {
        var before = await PhaseCountAsync();

        // Starts inside phase II (2018-07-01 to 2021-03-31).
        var starting = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePhaseAsync(Phase(Day(2020, 1, 1), Day(2023, 12, 31)), cancellationToken: Ct).ResponseAsync);
        // Ends inside phase I; and one that holds phase II whole.
        var ending = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePhaseAsync(Phase(Day(2014, 1, 1), Day(2015, 3, 1)), cancellationToken: Ct).ResponseAsync);
        var holding = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePhaseAsync(Phase(Day(2018, 6, 1), null), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(("phase.start_date", FieldReasons.Overlaps), (Violation(starting).Field, Violation(starting).Reason));
        Assert.Equal(("2018-07-01", "2021-03-31"), (Parameters(starting)["phase.start_date:start"], Parameters(starting)["phase.start_date:end"]));
        Assert.Equal(("phase.end_date", FieldReasons.Overlaps, "2015-02-01"), (Violation(ending).Field, Violation(ending).Reason, Parameters(ending)["phase.end_date:start"]));
        Assert.Equal(("phase.end_date", "2018-07-01"), (Violation(holding).Field, Parameters(holding)["phase.end_date:start"]));
        Assert.Equal(before, await PhaseCountAsync());
    }

    [Fact]
    public async Task An_end_before_the_start_is_refused_on_create_and_on_update()
    {
        var created = (await app.Network.CreatePhaseAsync(Phase(Day(2003, 1, 1), Day(2003, 12, 31)), cancellationToken: Ct)).Phase;

        var onCreate = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePhaseAsync(Phase(Day(2004, 6, 1), Day(2004, 5, 31)), cancellationToken: Ct).ResponseAsync);
        var onUpdate = await Assert.ThrowsAsync<RpcException>(() => app.Network.UpdatePhaseAsync(new UpdatePhaseRequest
        {
            Phase = new Phase { Name = created.Name, Etag = created.Etag, StartDate = Day(2004, 1, 1) },
            UpdateMask = new FieldMask { Paths = { "start_date" } },
        }, cancellationToken: Ct).ResponseAsync);

        Assert.All(new[] { onCreate, onUpdate }, e => Assert.Equal(("phase.end_date", FieldReasons.MustFollow), (Violation(e).Field, Violation(e).Reason)));
        Assert.Equal("phase.start_date", Parameters(onCreate)["phase.end_date:field"]);
        Assert.Equal(created, (await app.Network.GetPhaseAsync(new GetPhaseRequest { Name = created.Name }, cancellationToken: Ct)).Phase);
    }

    [Fact]
    public async Task An_edit_that_would_leave_a_member_outside_its_phase_is_refused_naming_the_date()
    {
        var phase = (await app.Network.CreatePhaseAsync(Phase(Day(2005, 1, 1), Day(2005, 12, 31)), cancellationToken: Ct)).Phase;
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        await app.Cities.JoinNetworkAsync(new JoinNetworkRequest { Name = city.Name, Phase = phase.Name, JoinedOn = Day(2005, 6, 1) }, cancellationToken: Ct);

        UpdatePhaseRequest Move(string path, Google.Type.Date day) => new()
        {
            Phase = new Phase { Name = phase.Name, Etag = phase.Etag, StartDate = day, EndDate = day },
            UpdateMask = new FieldMask { Paths = { path } },
        };
        var later = await Assert.ThrowsAsync<RpcException>(() => app.Network.UpdatePhaseAsync(Move("start_date", Day(2005, 7, 1)), cancellationToken: Ct).ResponseAsync);
        var earlier = await Assert.ThrowsAsync<RpcException>(() => app.Network.UpdatePhaseAsync(Move("end_date", Day(2005, 5, 31)), cancellationToken: Ct).ResponseAsync);
        var kept = (await app.Network.UpdatePhaseAsync(Move("start_date", Day(2005, 6, 1)), cancellationToken: Ct)).Phase;

        Assert.Equal(("phase.start_date", FieldReasons.OutOfRange, "2005-06-01"), (Violation(later).Field, Violation(later).Reason, Parameters(later)["phase.start_date:maximum"]));
        Assert.Equal(("phase.end_date", FieldReasons.OutOfRange, "2005-06-01"), (Violation(earlier).Field, Violation(earlier).Reason, Parameters(earlier)["phase.end_date:minimum"]));
        Assert.Equal((Day(2005, 6, 1), Day(2005, 12, 31)), (kept.StartDate, kept.EndDate));
    }

    [Fact]
    public async Task Only_coordinators_write_phases_and_partners()
    {
        using var focalPoint = app.Host.CreateGrpcChannel(SharedIssuer.TunisFocalPoint);
        using var anonymous = app.Host.CreateGrpcChannel(null);
        var asFocalPoint = new NetworkService.NetworkServiceClient(focalPoint);
        var before = await PhaseCountAsync();

        var denied = await Assert.ThrowsAsync<RpcException>(() => asFocalPoint.CreatePhaseAsync(Phase(Day(2006, 1, 1), Day(2006, 12, 31)), cancellationToken: Ct).ResponseAsync);
        var partner = await Assert.ThrowsAsync<RpcException>(() => asFocalPoint.CreatePartnerAsync(Partner(), cancellationToken: Ct).ResponseAsync);
        var unknown = await Assert.ThrowsAsync<RpcException>(() =>
            new NetworkService.NetworkServiceClient(anonymous).CreatePhaseAsync(Phase(Day(2006, 1, 1), Day(2006, 12, 31)), cancellationToken: Ct).ResponseAsync);
        var read = await new NetworkService.NetworkServiceClient(anonymous).GetPhaseAsync(new GetPhaseRequest { Name = "phases/phase-2" }, cancellationToken: Ct);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied, StatusCode.Unauthenticated), (denied.StatusCode, partner.StatusCode, unknown.StatusCode));
        Assert.Equal(before, await PhaseCountAsync());
        Assert.Equal(6_075_000, read.Phase.TotalBudget.Units);
    }

    [Fact]
    public async Task A_partner_is_created_updated_with_its_etag_and_bad_fields_are_named()
    {
        var request = Partner();

        var created = (await app.Network.CreatePartnerAsync(request, cancellationToken: Ct)).Partner;
        var change = new UpdatePartnerRequest
        {
            Partner = new Partner { Name = created.Name, Etag = created.Etag, Role = PartnerRole.Funder, Contribution = "Co-funds the city actions." },
            UpdateMask = new FieldMask { Paths = { "role", "contribution" } },
        };
        var updated = (await app.Network.UpdatePartnerAsync(change, cancellationToken: Ct)).Partner;
        var stale = await Assert.ThrowsAsync<RpcException>(() => app.Network.UpdatePartnerAsync(change, cancellationToken: Ct).ResponseAsync);
        var twice = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePartnerAsync(request, cancellationToken: Ct).ResponseAsync);
        var bad = Partner();
        (bad.Partner.Acronym, bad.Partner.Role) = ("", (PartnerRole)9);
        var refused = await Assert.ThrowsAsync<RpcException>(() => app.Network.CreatePartnerAsync(bad, cancellationToken: Ct).ResponseAsync);

        Assert.Equal((PartnerRole.Funder, "Co-funds the city actions.", "MedCities", "W/\"2\""), (updated.Role, updated.Contribution, updated.Acronym, updated.Etag));
        Assert.Equal((StatusCode.Aborted, StatusCode.AlreadyExists), (stale.StatusCode, twice.StatusCode));
        Assert.Equal(["partner.acronym", "partner.role"], refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.False(await app.QueryAsync(db => db.Partners.AnyAsync(p => p.Id == bad.PartnerId, Ct)));
    }
}
