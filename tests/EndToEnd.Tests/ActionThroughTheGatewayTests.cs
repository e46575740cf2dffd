using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;
using Date = Google.Type.Date;
using Money = Google.Type.Money;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The programme's whole cycle as client apps drive it through the gateway: a city joins, its
/// profile is published, a priority is adopted from it, a call funds an action answering it,
/// and the action's chain leads back to the finding — across all four services and the broker.
/// </summary>
[Collection(nameof(SuiteCollection))]
public sealed class ActionThroughTheGatewayTests(SuiteFixture suite)
{
    private static readonly TimeSpan Deadline = Poll.ThroughTheBroker;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static Money Eur(long units) => new() { CurrencyCode = "EUR", Units = units };

    [Fact]
    public async Task From_a_published_finding_to_a_funded_action_and_back_along_its_chain()
    {
        using var channel = suite.GatewayGrpc();
        using var rest = suite.GatewayRest();
        var (cities, profiles) = (new CitiesService.CitiesServiceClient(channel), new ProfilesService.ProfilesServiceClient(channel));
        var (priorities, calls) = (new PrioritiesService.PrioritiesServiceClient(channel), new CallsService.CallsServiceClient(channel));
        var (applications, actions) = (new ApplicationsService.ApplicationsServiceClient(channel), new ActionsService.ActionsServiceClient(channel));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var city = $"e2e-{Guid.NewGuid():N}"[..20];

        await cities.CreateCityAsync(new CreateCityRequest
        {
            CityId = city, City = new City { DisplayName = new() { En = "Sousse", Fr = "Sousse" }, CountryCode = "TN", Region = Region.NorthAfrica },
        }, cancellationToken: Ct);
        await cities.JoinNetworkAsync(new JoinNetworkRequest { Name = $"cities/{city}", Phase = "phases/phase-2", JoinedOn = DateOf(new DateOnly(2019, 1, 1)) }, cancellationToken: Ct);
        await PublishProfileAsync(profiles, city);
        var candidate = await CandidateAsync(priorities, city);

        var priority = (await priorities.CreatePriorityAsync(new CreatePriorityRequest { Candidate = candidate.Name, Priority = new Priority { City = $"cities/{city}" } }, cancellationToken: Ct)).Priority;
        priority = (await priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = priority.Name, AdoptedOn = DateOf(today), AdoptedBy = "Municipal council of Sousse", Etag = priority.Etag,
        }, cancellationToken: Ct)).Priority;
        var call = (await calls.CreateCallAsync(new CreateCallRequest
        {
            CallId = $"call-{city}",
            Call = new Call
            {
                Number = 4, Title = new() { En = "4th call for Targeted City Actions" }, OpensOn = DateOf(today), ClosesOn = DateOf(today.AddDays(60)),
                MaxGrant = Eur(50_000), Budget = Eur(200_000), EligibleCountries = { "TN", "MA" }, Objectives = { Objective.StakeholderCooperation },
                EligibleApplicantTypes = { ApplicantType.LocalGovernment },
                Criteria = { new Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 } },
            },
        }, cancellationToken: Ct)).Call;
        call = (await calls.OpenCallAsync(new OpenCallRequest { Name = call.Name, Etag = call.Etag }, cancellationToken: Ct)).Call;
        var application = (await applications.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            Application = new Application
            {
                Call = call.Name, ApplicantOrganisation = "Municipality of Sousse", ApplicantType = ApplicantType.LocalGovernment, City = $"cities/{city}",
                Title = "A reception desk for newcomers", RequestedAmount = Eur(45_000), Objectives = { Objective.StakeholderCooperation }, Priorities = { priority.Name },
            },
        }, cancellationToken: Ct)).Application;
        // The coordinator assigns an evaluator, who scores with their own token (the gateway passes it on).
        await applications.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { Name = application.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: Ct);
        await applications.ScoreApplicationAsync(new ScoreApplicationRequest
        {
            Name = application.Name, Scores = { new CriterionScore { Criterion = "relevance", Score = 9 } },
        }, suite.Metadata(SharedIssuer.Evaluator1), cancellationToken: Ct);
        var action = (await calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { application.Name } }, cancellationToken: Ct)).Actions.Single();
        await actions.ReportProgressAsync(new ReportProgressRequest
        {
            Name = action.Name, ReportedOn = DateOf(today), Status = ActionStatus.InProgress, ProgressPercent = 30, Disbursed = Eur(15_000), Etag = action.Etag,
        }, cancellationToken: Ct);

        var chain = await rest.GetFromJsonAsync<JsonElement>($"/api/v1/{action.Name}:chain", Ct);

        Assert.Equal(ApplicationStatus.Eligible, application.Status);
        Assert.Equal(("ACTION_STATUS_IN_PROGRESS", 30), (chain.GetProperty("action").GetProperty("status").GetString(), chain.GetProperty("action").GetProperty("progressPercent").GetInt32()));
        var link = chain.GetProperty("priorities").EnumerateArray().Single();
        Assert.Equal((priority.Name, "PRIORITY_STATE_ADOPTED"), (link.GetProperty("priority").GetString(), link.GetProperty("state").GetString()));
        var finding = link.GetProperty("findings").EnumerateArray().Single();
        Assert.Equal(($"profiles/{city}/revisions/1", "reception", true), (finding.GetProperty("revision").GetString(), finding.GetProperty("priorityId").GetString(), finding.GetProperty("resolved").GetBoolean()));
        Assert.Equal("Accueil des nouveaux arrivants", finding.GetProperty("priorityText").GetProperty("fr").GetString());
    }

    private static async Task PublishProfileAsync(ProfilesService.ProfilesServiceClient profiles, string city)
    {
        // Knowledge opens the draft when it hears the city joined.
        Profile? profile = null;
        await Poll.UntilAsync(async () =>
        {
            try
            {
                profile = (await profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct)).Profile;
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, Deadline, "the draft profile", Ct);
        profile = (await profiles.UpdateProfileAsync(new UpdateProfileRequest
        {
            Name = profile!.Name, Etag = profile.Etag,
            Content = new ProfileContent
            {
                Synopsis = new() { En = "A coastal city that receives newcomers from the interior and from abroad." },
                Priorities = { new IdentifiedPriority { Id = "reception", Text = new() { En = "Reception of newcomers", Fr = "Accueil des nouveaux arrivants" }, Theme = "reception-of-refugees" } },
            },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "synopsis", "priorities" } },
        }, cancellationToken: Ct)).Profile;
        profile = (await profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct)).Profile;
        await profiles.PublishProfileAsync(new PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct);
    }

    private static async Task<CandidatePriority> CandidateAsync(PrioritiesService.PrioritiesServiceClient priorities, string city)
    {
        // Action learns of the publication from Knowledge's event.
        CandidatePriority? found = null;
        await Poll.UntilAsync(async () =>
        {
            found = (await priorities.ListCandidatePrioritiesAsync(new ListCandidatePrioritiesRequest { City = $"cities/{city}" }, cancellationToken: Ct)).Candidates.SingleOrDefault();
            return found is not null;
        }, Deadline, "the candidate priority", Ct);
        return found!;
    }
}
