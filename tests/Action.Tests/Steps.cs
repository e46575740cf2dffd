using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;
using Date = Google.Type.Date;
using Money = Google.Type.Money;
using CitiesProto = Mc2cm.Contracts.Cities.V1;
using KnowledgeProto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Action.Tests;

/// <summary>The steps the tests build on, each with its own new resources.</summary>
public static class Steps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Date Today => DateOf(DateOnly.FromDateTime(DateTime.UtcNow));

    public static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    public static Money Eur(decimal amount) => new() { CurrencyCode = "EUR", Units = (long)amount, Nanos = (int)((amount - decimal.Truncate(amount)) * 1_000_000_000) };

    /// <summary>A new member city in Tunisia.</summary>
    public static async Task<string> NewCityAsync(this ActionApp app, string country = "TN", bool member = true)
    {
        var id = $"city-{Guid.NewGuid():N}"[..24];
        await app.CityClient.CreateCityAsync(new CitiesProto.CreateCityRequest
        {
            CityId = id,
            City = new CitiesProto.City { DisplayName = new() { En = "Kairouan" }, CountryCode = country, Region = country == "ES" ? CitiesProto.Region.Europe : CitiesProto.Region.NorthAfrica },
        }, cancellationToken: Ct);
        if (member)
        {
            await app.CityClient.JoinNetworkAsync(new CitiesProto.JoinNetworkRequest { Name = $"cities/{id}", Phase = "phases/phase-2", JoinedOn = DateOf(new DateOnly(2019, 1, 1)) }, cancellationToken: Ct);
        }

        return id;
    }

    /// <summary>A priority of Tunis resting on its published profile, adopted by its council.</summary>
    public static async Task<Priority> AdoptedTunisPriorityAsync(this ActionApp app)
    {
        var priority = (await app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "cities/tunis", Text = new() { En = "Keep newcomers from other regions in the city" }, Theme = "internal-migration",
                Evidence = { new Mc2cm.Contracts.Action.V1.Evidence { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/1", Section = "local_context" } } },
            },
        }, cancellationToken: Ct)).Priority;
        return (await app.Priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = priority.Name, AdoptedOn = DateOf(new DateOnly(2024, 3, 1)), AdoptedBy = "City Council of Tunis", Etag = priority.Etag,
        }, cancellationToken: Ct)).Priority;
    }

    /// <summary>An open call like the 1st call, taking applications today.</summary>
    public static async Task<Call> OpenCallAsync(this ActionApp app, decimal? budget = null)
    {
        var call = new Call
        {
            Number = 4, Title = new() { En = "Test call" }, OpensOn = DateOf(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1)),
            ClosesOn = DateOf(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)), MaxGrant = Eur(50_000), Budget = budget is { } b ? Eur(b) : null,
            EligibleCountries = { "DZ", "EG", "JO", "LB", "LY", "MA", "TN" },
            Objectives = { Objective.StakeholderCooperation, Objective.KnowledgeAndData, Objective.PolicyAndInstitutions, Objective.NarrativeAndDialogue },
            EligibleApplicantTypes = { ApplicantType.LocalGovernment, ApplicantType.RegionalGovernment, ApplicantType.CivilSociety },
            SupportLetterRequiredFor = { ApplicantType.CivilSociety },
            Criteria = { new Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 }, new Criterion { Id = "feasibility", Name = new() { En = "Feasibility" }, MaxScore = 10 } },
        };
        var created = (await app.Calls.CreateCallAsync(new CreateCallRequest { CallId = $"call-{Guid.NewGuid():N}"[..20], Call = call }, cancellationToken: Ct)).Call;
        return (await app.Calls.OpenCallAsync(new OpenCallRequest { Name = created.Name, Etag = created.Etag }, cancellationToken: Ct)).Call;
    }

    /// <summary>An application that meets every rule of <paramref name="call"/>.</summary>
    public static Application SoundApplication(Call call, string city, decimal amount = 40_000, params string[] priorities)
    {
        var application = new Application
        {
            Call = call.Name, ApplicantOrganisation = "Municipality", ApplicantType = ApplicantType.LocalGovernment, City = $"cities/{city}",
            Title = "A reception desk for newcomers", RequestedAmount = Eur(amount), Objectives = { Objective.StakeholderCooperation },
            Documents = { new ApplicationDocument { Kind = DocumentKind.Proposal, Title = "Proposal", Uri = "https://example.org/proposal.pdf" } },
        };
        application.Priorities.AddRange(priorities);
        return application;
    }

    /// <summary>The draft profile Knowledge starts when a city joins (it comes by event, so it is polled for).</summary>
    public static async Task<KnowledgeProto.Profile> DraftProfileAsync(this ActionApp app, string city)
    {
        KnowledgeProto.Profile? draft = null;
        await Mc2cm.Testing.Poll.UntilAsync(async () =>
        {
            try
            {
                draft = (await app.Profiles.GetProfileAsync(new KnowledgeProto.GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct)).Profile;
                return true;
            }
            catch (Grpc.Core.RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                return false;
            }
        }, Poll.ThroughTheBroker, $"the draft profile of {city}", Ct);
        return draft!;
    }

    /// <summary>Writes, submits and publishes revision 1 of the city's profile, identifying one priority "reception".</summary>
    public static async Task PublishProfileAsync(this ActionApp app, string city)
    {
        var profile = await app.DraftProfileAsync(city);
        profile = (await app.Profiles.UpdateProfileAsync(new KnowledgeProto.UpdateProfileRequest
        {
            Name = profile.Name, Etag = profile.Etag,
            Content = new KnowledgeProto.ProfileContent
            {
                Synopsis = new() { En = "A city of arrival and of transit." },
                Priorities = { new KnowledgeProto.IdentifiedPriority { Id = "reception", Text = new() { En = "Reception of newcomers", Fr = "Accueil des nouveaux arrivants" }, Theme = "reception-of-refugees" } },
            },
            UpdateMask = Mask("synopsis", "priorities"),
        }, cancellationToken: Ct)).Profile;
        profile = (await app.Profiles.SubmitProfileAsync(new KnowledgeProto.SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct)).Profile;
        await app.Profiles.PublishProfileAsync(new KnowledgeProto.PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct);
    }

    /// <summary>An action funded from an application of <paramref name="city"/> to a new open call, scored and selected.</summary>
    public static async Task<FundedAction> FundedActionAsync(this ActionApp app, string city, params string[] priorities)
    {
        var call = await app.OpenCallAsync();
        var application = (await app.Applications.SubmitApplicationAsync(new SubmitApplicationRequest { Application = SoundApplication(call, city, 40_000, priorities) }, cancellationToken: Ct)).Application;
        await app.Applications.AssignEvaluatorsAsync(new AssignEvaluatorsRequest { Name = application.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: Ct);
        await app.Applications.ScoreApplicationAsync(new ScoreApplicationRequest
        {
            Name = application.Name,
            Scores = { new CriterionScore { Criterion = "relevance", Score = 8 }, new CriterionScore { Criterion = "feasibility", Score = 7 } },
        }, ActionApp.As(SharedIssuer.Evaluator1), cancellationToken: Ct);
        return (await app.Calls.SelectApplicationsAsync(new SelectApplicationsRequest { Name = call.Name, Applications = { application.Name } }, cancellationToken: Ct)).Actions.Single();
    }

    public static FieldMask Mask(params string[] paths) => new() { Paths = { paths } };

}
