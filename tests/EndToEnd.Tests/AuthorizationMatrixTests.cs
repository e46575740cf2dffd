using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mc2cm.Testing;
using Action = Mc2cm.Contracts.Action.V1;
using Cities = Mc2cm.Contracts.Cities.V1;
using Dialogue = Mc2cm.Contracts.Dialogue.V1;
using Knowledge = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// Who may do what, for every RPC family, asked of the running suite both through the gateway and
/// straight at each service (around the gateway): each caller either gets past authorization (the
/// service's other rules may still refuse) or gets Unauthenticated (no token) / PermissionDenied.
/// The requests are built so that an allowed one fails harmlessly (stale etag, closed call,
/// invalid body), so the matrix changes nothing.
/// </summary>
[Collection(nameof(SuiteCollection))]
public sealed class AuthorizationMatrixTests(SuiteFixture suite)
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Callers = [Anonymous, SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint, SharedIssuer.SfaxFocalPoint, SharedIssuer.Evaluator1, SharedIssuer.Evaluator2];
    private static readonly string[] Everyone = Callers;
    private static readonly string[] SignedIn = Callers[1..];
    private static readonly string[] CoordinatorOnly = [SharedIssuer.Coordinator];
    private static readonly string[] TunisPeople = [SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint];
    private const string Stale = "W/\"999999\"";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Operation(string Family, string Name, string Service, string[] Allowed, Func<CallInvoker, Task> Call);

    [Fact]
    public async Task Every_family_lets_exactly_the_right_callers_through_the_gateway_and_around_it()
    {
        var (registration, application) = await SetUpAsync();
        var mismatches = new List<string>();
        var cases = 0;
        foreach (var operation in Operations(registration, application))
        {
            foreach (var caller in Callers)
            {
                foreach (var resource in new[] { "gateway", operation.Service })
                {
                    using var channel = suite.Channel(resource, caller == Anonymous ? null : caller);
                    var outcome = await OutcomeAsync(operation.Call(channel.CreateCallInvoker()));
                    var expected = operation.Allowed.Contains(caller) ? "allowed" : caller == Anonymous ? "Unauthenticated" : "PermissionDenied";
                    var actual = outcome is StatusCode.Unauthenticated or StatusCode.PermissionDenied ? outcome.ToString() : "allowed";
                    cases++;
                    if (expected != actual)
                    {
                        mismatches.Add($"{operation.Family}.{operation.Name} as {caller} via {resource}: expected {expected}, got {outcome}");
                    }
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"authz: cases={cases} mismatches={mismatches.Count}");
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    private static async Task<StatusCode> OutcomeAsync(Task call)
    {
        try
        {
            await call;
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    private static IEnumerable<Operation> Operations(string registration, string application)
    {
        Cities.CitiesService.CitiesServiceClient C(CallInvoker i) => new(i);
        Knowledge.ProfilesService.ProfilesServiceClient P(CallInvoker i) => new(i);
        Knowledge.ObservationsService.ObservationsServiceClient O(CallInvoker i) => new(i);
        Dialogue.MeetingsService.MeetingsServiceClient M(CallInvoker i) => new(i);
        Dialogue.RegistrationsService.RegistrationsServiceClient R(CallInvoker i) => new(i);
        Action.PrioritiesService.PrioritiesServiceClient Pr(CallInvoker i) => new(i);
        Action.CallsService.CallsServiceClient Ca(CallInvoker i) => new(i);
        Action.ApplicationsService.ApplicationsServiceClient A(CallInvoker i) => new(i);
        Action.ActionsService.ActionsServiceClient Ac(CallInvoker i) => new(i);

        yield return new("cities", "GetCity", "cities", Everyone, i => C(i).GetCityAsync(new() { Name = "cities/tunis" }, cancellationToken: Ct).ResponseAsync);
        yield return new("cities", "CreateCity", "cities", CoordinatorOnly, i => C(i).CreateCityAsync(new() { CityId = "x" }, cancellationToken: Ct).ResponseAsync);
        yield return new("cities", "UpdateCity(tunis)", "cities", TunisPeople, i => C(i).UpdateCityAsync(new()
        {
            City = new() { Name = "cities/tunis", DisplayName = new() { Fr = "Tunis" }, Etag = Stale }, UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        }, cancellationToken: Ct).ResponseAsync);
        yield return new("cities", "JoinNetwork", "cities", CoordinatorOnly, i => C(i).JoinNetworkAsync(new() { Name = "cities/tunis", Phase = "phases/atlantis" }, cancellationToken: Ct).ResponseAsync);

        yield return new("knowledge", "GetProfile(published)", "knowledge", Everyone, i => P(i).GetProfileAsync(new() { Name = "profiles/tunis" }, cancellationToken: Ct).ResponseAsync);
        yield return new("knowledge", "GetProfile(draft of Turin)", "knowledge", CoordinatorOnly, i => P(i).GetProfileAsync(new() { Name = "profiles/turin", Revision = 1 }, cancellationToken: Ct).ResponseAsync);
        yield return new("knowledge", "UpdateProfile(tunis)", "knowledge", TunisPeople, i => P(i).UpdateProfileAsync(new()
        {
            Name = "profiles/tunis", Etag = Stale, Content = new() { Synopsis = new() { En = "x" } }, UpdateMask = new FieldMask { Paths = { "synopsis" } },
        }, cancellationToken: Ct).ResponseAsync);
        yield return new("knowledge", "PublishProfile(tunis)", "knowledge", CoordinatorOnly, i => P(i).PublishProfileAsync(new() { Name = "profiles/tunis", Etag = Stale }, cancellationToken: Ct).ResponseAsync);
        yield return new("knowledge", "ListProfileHistory(tunis)", "knowledge", TunisPeople, i => P(i).ListProfileHistoryAsync(new() { Name = "profiles/tunis" }, cancellationToken: Ct).ResponseAsync);
        yield return new("knowledge", "CreateObservation(tunis)", "knowledge", TunisPeople, i => O(i).CreateObservationAsync(new()
        {
            Observation = new() { City = "cities/tunis", Indicator = "indicators/no-such-indicator", ReferenceYear = 2020, Value = 1, Source = "Register" },
        }, cancellationToken: Ct).ResponseAsync);

        yield return new("dialogue", "ListMeetings", "dialogue", Everyone, i => M(i).ListMeetingsAsync(new(), cancellationToken: Ct).ResponseAsync);
        yield return new("dialogue", "CreateMeeting", "dialogue", CoordinatorOnly, i => M(i).CreateMeetingAsync(new() { MeetingId = "x" }, cancellationToken: Ct).ResponseAsync);
        yield return new("dialogue", "RegisterParticipant(held meeting)", "dialogue", SignedIn, i => R(i).RegisterParticipantAsync(new()
        {
            Parent = "meetings/madrid-2016",
            Registration = new() { Participant = new() { DisplayName = "Amel", Role = Dialogue.ParticipantRole.CityStaff, Email = "amel@example.org" } },
        }, cancellationToken: Ct).ResponseAsync);
        yield return new("dialogue", "ListRegistrations", "dialogue", SignedIn, i => R(i).ListRegistrationsAsync(new() { Parent = "meetings/madrid-2016" }, cancellationToken: Ct).ResponseAsync);
        yield return new("dialogue", "GetRegistration(of tunis-focal-point)", "dialogue", TunisPeople, i => R(i).GetRegistrationAsync(new() { Name = registration }, cancellationToken: Ct).ResponseAsync);

        yield return new("action", "ListPriorities", "action", Everyone, i => Pr(i).ListPrioritiesAsync(new(), cancellationToken: Ct).ResponseAsync);
        yield return new("action", "CreatePriority(tunis)", "action", TunisPeople, i => Pr(i).CreatePriorityAsync(new() { Priority = new() { City = "cities/tunis" } }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "OpenCall", "action", CoordinatorOnly, i => Ca(i).OpenCallAsync(new() { Name = "calls/call-1", Etag = Stale }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "SubmitApplication(tunis, closed call)", "action", TunisPeople, i => A(i).SubmitApplicationAsync(new() { Application = TunisApplication("calls/call-1") }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "GetApplication(assigned to evaluator-1)", "action", [.. TunisPeople, SharedIssuer.Evaluator1],
            i => A(i).GetApplicationAsync(new() { Name = application }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "ScoreApplication(assigned to evaluator-1)", "action", [SharedIssuer.Evaluator1],
            i => A(i).ScoreApplicationAsync(new() { Name = application, Scores = { new Action.CriterionScore { Criterion = "relevance", Score = 99 } } }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "GetAction", "action", Everyone, i => Ac(i).GetActionAsync(new() { Name = "actions/tanger-accueil" }, cancellationToken: Ct).ResponseAsync);
        yield return new("action", "ReportProgress(tangier)", "action", CoordinatorOnly, i => Ac(i).ReportProgressAsync(new()
        {
            Name = "actions/tanger-accueil", ReportedOn = new Google.Type.Date { Year = 2023, Month = 1, Day = 2 }, Status = Action.ActionStatus.Completed, ProgressPercent = 100, Etag = Stale,
        }, cancellationToken: Ct).ResponseAsync);
    }

    private static Action.Application TunisApplication(string call) => new()
    {
        Call = call, ApplicantOrganisation = "Municipality of Tunis", ApplicantType = Action.ApplicantType.LocalGovernment, City = "cities/tunis",
        Title = "A reception desk", RequestedAmount = new Google.Type.Money { CurrencyCode = "EUR", Units = 30_000 }, Objectives = { Action.Objective.StakeholderCooperation },
    };

    /// <summary>A registration of tunis-focal-point, and an application of Tunis assigned to evaluator-1.</summary>
    private async Task<(string Registration, string Application)> SetUpAsync()
    {
        using var coordinator = suite.GatewayGrpc(SharedIssuer.Coordinator);
        using var tunis = suite.GatewayGrpc(SharedIssuer.TunisFocalPoint);
        var id = $"matrix-{Guid.NewGuid():N}"[..20];
        await new Dialogue.MeetingsService.MeetingsServiceClient(coordinator).CreateMeetingAsync(new()
        {
            MeetingId = id,
            Meeting = new()
            {
                DisplayName = new() { En = "Peer-learning meeting" }, Kind = Dialogue.MeetingKind.PeerLearning, Themes = { "themes/refugee-reception" },
                HostCity = "cities/tunis", StartDate = new Google.Type.Date { Year = 2032, Month = 3, Day = 1 }, EndDate = new Google.Type.Date { Year = 2032, Month = 3, Day = 2 },
                TimeZone = "Africa/Tunis", Format = Dialogue.MeetingFormat.InPerson, Capacity = 10,
            },
        }, cancellationToken: Ct);
        var registration = (await new Dialogue.RegistrationsService.RegistrationsServiceClient(tunis).RegisterParticipantAsync(new()
        {
            Parent = $"meetings/{id}",
            Registration = new() { Participant = new() { DisplayName = "Amel", Role = Dialogue.ParticipantRole.CityStaff, Email = $"{id}@example.org" } },
        }, cancellationToken: Ct)).Registration;

        var calls = new Action.CallsService.CallsServiceClient(coordinator);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var call = (await calls.CreateCallAsync(new()
        {
            CallId = id,
            Call = new()
            {
                Number = 9, Title = new() { En = "Matrix call" }, OpensOn = Date(today), ClosesOn = Date(today.AddDays(30)),
                MaxGrant = new Google.Type.Money { CurrencyCode = "EUR", Units = 50_000 }, EligibleCountries = { "TN" }, Objectives = { Action.Objective.StakeholderCooperation },
                EligibleApplicantTypes = { Action.ApplicantType.LocalGovernment }, Criteria = { new Action.Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 } },
            },
        }, cancellationToken: Ct)).Call;
        await calls.OpenCallAsync(new() { Name = call.Name, Etag = call.Etag }, cancellationToken: Ct);
        var application = (await new Action.ApplicationsService.ApplicationsServiceClient(tunis).SubmitApplicationAsync(new() { Application = TunisApplication(call.Name) }, cancellationToken: Ct)).Application;
        await new Action.ApplicationsService.ApplicationsServiceClient(coordinator).AssignEvaluatorsAsync(new() { Name = application.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: Ct);
        return (registration.Name, application.Name);
    }

    private static Google.Type.Date Date(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
