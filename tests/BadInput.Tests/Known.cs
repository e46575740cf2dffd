using Grpc.Net.Client;
using Mc2cm.BadInput.Tests.Cases;
using Mc2cm.Testing;
using ActionProto = Mc2cm.Contracts.Action.V1;
using CitiesProto = Mc2cm.Contracts.Cities.V1;
using DialogueProto = Mc2cm.Contracts.Dialogue.V1;
using KnowledgeProto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// The resources the cases aim at, with their current etags: seeded ones (read at start) and a
/// few the fixture sets up, so a case can be refused for exactly one reason — its bad field, or
/// the state of the resource — and never for a stale etag it did not mean.
/// </summary>
public sealed record Known(
    string TunisEtag,
    string TunisProfileEtag,
    string TurinProfileEtag,
    string HeldMeetingEtag,
    DialogueProto.Meeting PlannedMeeting,
    string ClosedCallEtag,
    ActionProto.Call OpenCall,
    ActionProto.Application Application,
    ActionProto.Priority ProposedPriority,
    string ActionEtag,
    string GroupEtag,
    KnowledgeProto.Observation TunisPopulation)
{
    /// <summary>A seeded member city with a published profile (revision 1).</summary>
    public const string Tunis = "cities/tunis";

    /// <summary>Seeded, with only a draft profile.</summary>
    public const string TurinProfile = "profiles/turin";

    public const string TunisProfile = "profiles/tunis";

    /// <summary>Seeded and held (every seeded meeting is).</summary>
    public const string HeldMeeting = "meetings/lisbon-2016";

    /// <summary>The 1st call, seeded closed.</summary>
    public const string ClosedCall = "calls/call-1";

    /// <summary>A seeded funded action, in progress with one report of 2022-12-31.</summary>
    public const string SeededAction = "actions/tanger-accueil";

    /// <summary>A seeded stakeholder group.</summary>
    public const string SeededGroup = "stakeholder-groups/lisbon";

    /// <summary>An etag no resource has.</summary>
    public const string StaleEtag = "W/\"999999\"";

    /// <summary>An observation that does not exist.</summary>
    public const string NoObservation = "observations/00000000000000000000000000000000";

    /// <summary>
    /// Reads the seeded resources' etags and sets up a planned meeting, an open call with an
    /// application assigned to evaluator-1, and a proposed priority. None of their events is one
    /// another service consumes, so the databases settle after it.
    /// </summary>
    public static async Task<Known> SetUpAsync(GrpcChannel channel)
    {
        var tunis = (await new CitiesProto.CitiesService.CitiesServiceClient(channel).GetCityAsync(new() { Name = Tunis })).City;
        var profiles = new KnowledgeProto.ProfilesService.ProfilesServiceClient(channel);
        var tunisProfile = (await profiles.GetProfileAsync(new() { Name = TunisProfile })).Profile;
        var turinProfile = (await profiles.GetProfileAsync(new() { Name = TurinProfile, Revision = 1 })).Profile;
        var meetings = new DialogueProto.MeetingsService.MeetingsServiceClient(channel);
        var held = (await meetings.GetMeetingAsync(new() { Name = HeldMeeting })).Meeting;
        var planned = (await meetings.CreateMeetingAsync(DialogueCases.NewMeeting("bad-input-planned"))).Meeting;
        var calls = new ActionProto.CallsService.CallsServiceClient(channel);
        var closedCall = (await calls.GetCallAsync(new() { Name = ClosedCall })).Call;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var draftCall = (await calls.CreateCallAsync(ActionCases.NewCall("bad-input-open", Day(today.AddDays(-1)), Day(today.AddDays(60))))).Call;
        var openCall = (await calls.OpenCallAsync(new() { Name = draftCall.Name, Etag = draftCall.Etag })).Call;
        var applications = new ActionProto.ApplicationsService.ApplicationsServiceClient(channel);
        var submitted = (await applications.SubmitApplicationAsync(ActionCases.NewApplication(openCall.Name))).Application;
        var assigned = (await applications.AssignEvaluatorsAsync(new() { Name = submitted.Name, Evaluators = { SharedIssuer.Evaluator1 }, Etag = submitted.Etag })).Application;
        var priority = (await new ActionProto.PrioritiesService.PrioritiesServiceClient(channel).CreatePriorityAsync(ActionCases.NewPriority())).Priority;
        var action = (await new ActionProto.ActionsService.ActionsServiceClient(channel).GetActionAsync(new() { Name = SeededAction })).Action;
        var group = (await new ActionProto.StakeholderGroupsService.StakeholderGroupsServiceClient(channel).GetStakeholderGroupAsync(new() { Name = SeededGroup })).StakeholderGroup;
        var population = (await new KnowledgeProto.ObservationsService.ObservationsServiceClient(channel)
            .ListObservationsAsync(new() { City = Tunis, Indicator = "indicators/population-total" })).Observations[0];
        return new Known(tunis.Etag, tunisProfile.Etag, turinProfile.Etag, held.Etag, planned, closedCall.Etag, openCall, assigned, priority, action.Etag, group.Etag, population);
    }

    private static Google.Type.Date Day(DateOnly day) => CaseText.Date(day.Year, day.Month, day.Day);
}
