using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;
using Date = Google.Type.Date;
using Money = Google.Type.Money;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>A city of the test's own, made through the gateway as the coordinator would with client apps: a member city with a published profile that identifies a priority, and an action funded for it.</summary>
public sealed record CityActionCase(string CityId, string CandidateText, string ActionId);

/// <summary>
/// Prepares what the city action flows start from, so they depend on no other test's data (the
/// seed's funded actions are completed and no seeded published profile identifies a priority):
/// a new city joins, its profile is published with one identified priority (Action copies it as
/// a candidate when it hears of the publication), and a call funds an action for the city.
/// </summary>
public static class CityActionData
{
    public static async Task<CityActionCase> PrepareAsync(PortalSuite portal, CancellationToken ct)
    {
        using var channel = portal.Suite.GatewayGrpc();
        var cities = new CitiesService.CitiesServiceClient(channel);
        var profiles = new ProfilesService.ProfilesServiceClient(channel);
        var priorities = new PrioritiesService.PrioritiesServiceClient(channel);
        var city = $"flow-{Guid.NewGuid():N}"[..20];
        const string candidateText = "Reception of newcomers in the medina";

        await cities.CreateCityAsync(new CreateCityRequest
        {
            CityId = city, City = new City { DisplayName = new() { En = "Sousse", Fr = "Sousse", Ar = "سوسة" }, CountryCode = "TN", Region = Region.NorthAfrica },
        }, cancellationToken: ct);
        await cities.JoinNetworkAsync(new JoinNetworkRequest { Name = $"cities/{city}", Phase = "phases/phase-2", JoinedOn = DateOf(new DateOnly(2019, 1, 1)) }, cancellationToken: ct);

        // Knowledge opens the draft when it hears the city joined.
        Profile? profile = null;
        await Poll.UntilAsync(async () =>
        {
            try
            {
                profile = (await profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: ct)).Profile;
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, Poll.ThroughTheBroker, "the draft profile", ct);
        profile = (await profiles.UpdateProfileAsync(new UpdateProfileRequest
        {
            Name = profile!.Name, Etag = profile.Etag,
            Content = new ProfileContent
            {
                Synopsis = new() { En = "A coastal city that receives newcomers from the interior and from abroad." },
                Priorities = { new IdentifiedPriority { Id = "reception", Text = new() { En = candidateText, Fr = "Accueil des nouveaux arrivants dans la médina" }, Theme = "reception-of-refugees" } },
            },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "synopsis", "priorities" } },
        }, cancellationToken: ct)).Profile;
        profile = (await profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: ct)).Profile;
        await profiles.PublishProfileAsync(new PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: ct);
        await Poll.UntilAsync(
            async () => (await priorities.ListCandidatePrioritiesAsync(new ListCandidatePrioritiesRequest { City = city }, cancellationToken: ct)).Candidates.Count > 0,
            Poll.ThroughTheBroker, "the candidate priority", ct);

        var action = await FundAsync(portal, channel, city, ct);
        return new CityActionCase(city, candidateText, action[(action.LastIndexOf('/') + 1)..]);
    }

    // A call of its own, opened; the city applies, evaluator-1 scores, the coordinator selects.
    private static async Task<string> FundAsync(PortalSuite portal, Grpc.Net.Client.GrpcChannel channel, string city, CancellationToken ct)
    {
        var calls = new CallsService.CallsServiceClient(channel);
        var applications = new ApplicationsService.ApplicationsServiceClient(channel);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var call = (await calls.CreateCallAsync(new CreateCallRequest
        {
            CallId = $"call-{city}",
            Call = new Call
            {
                Number = 9, Title = new() { En = "A call of the city action flows" }, OpensOn = DateOf(today), ClosesOn = DateOf(today.AddDays(60)),
                MaxGrant = Eur(50_000), Budget = Eur(200_000), EligibleCountries = { "TN" }, Objectives = { Objective.StakeholderCooperation },
                EligibleApplicantTypes = { ApplicantType.LocalGovernment },
                Criteria = { new Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 } },
            },
        }, cancellationToken: ct)).Call;
        call = (await calls.OpenCallAsync(new OpenCallRequest { Name = call.Name, Etag = call.Etag }, cancellationToken: ct)).Call;
        var application = (await applications.SubmitApplicationAsync(new SubmitApplicationRequest
        {
            Application = new Application
            {
                Call = call.Name, ApplicantOrganisation = "Municipality of Sousse", ApplicantType = ApplicantType.LocalGovernment, City = $"cities/{city}",
                Title = "A reception desk for newcomers", RequestedAmount = Eur(45_000), Objectives = { Objective.StakeholderCooperation },
            },
        }, cancellationToken: ct)).Application;
        await applications.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { Name = application.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: ct);
        await applications.ScoreApplicationAsync(new ScoreApplicationRequest
        {
            Name = application.Name, Scores = { new CriterionScore { Criterion = "relevance", Score = 8 } },
        }, portal.Suite.Metadata(SharedIssuer.Evaluator1), cancellationToken: ct);
        var selected = await calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { application.Name } }, cancellationToken: ct);
        return selected.Actions.Single().Name;
    }

    private static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    private static Money Eur(long units) => new() { CurrencyCode = "EUR", Units = units };
}
