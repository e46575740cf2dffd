using Grpc.Net.Client;
using ActionApi = Mc2cm.Contracts.Action.V1;
using CitiesApi = Mc2cm.Contracts.Cities.V1;
using DialogueApi = Mc2cm.Contracts.Dialogue.V1;
using KnowledgeApi = Mc2cm.Contracts.Knowledge.V1;
using Date = Google.Type.Date;

namespace Mc2cm.Testing.Suite;

/// <summary>Steps of the programme that suite-wide tests build on, each making resources of its own (a coordinator's channel does them).</summary>
public static class SuiteSteps
{
    private static CancellationToken Ct => Xunit.TestContext.Current.CancellationToken;

    public static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    /// <summary>A new Tunisian city, member of the network since 2019; returns its id.</summary>
    public static async Task<string> NewMemberCityAsync(GrpcChannel channel)
    {
        var id = $"city-{Guid.NewGuid():N}"[..20];
        var cities = new CitiesApi.CitiesService.CitiesServiceClient(channel);
        await cities.CreateCityAsync(new CitiesApi.CreateCityRequest
        {
            CityId = id, City = new CitiesApi.City { DisplayName = new() { En = "Bizerte" }, CountryCode = "TN", Region = CitiesApi.Region.NorthAfrica },
        }, cancellationToken: Ct);
        await cities.JoinNetworkAsync(new CitiesApi.JoinNetworkRequest { Name = $"cities/{id}", Phase = "phases/phase-2", JoinedOn = DateOf(new DateOnly(2019, 1, 1)) }, cancellationToken: Ct);
        return id;
    }

    /// <summary>A peer-learning meeting the city hosts in 2031, still planned.</summary>
    public static async Task<DialogueApi.Meeting> PlannedMeetingAsync(GrpcChannel channel, string city) =>
        (await new DialogueApi.MeetingsService.MeetingsServiceClient(channel).CreateMeetingAsync(new DialogueApi.CreateMeetingRequest
        {
            MeetingId = $"meeting-{Guid.NewGuid():N}"[..24],
            Meeting = new DialogueApi.Meeting
            {
                DisplayName = new() { En = "Peer-learning meeting: reception of newcomers" }, Kind = DialogueApi.MeetingKind.PeerLearning,
                Themes = { "themes/refugee-reception" }, HostCity = $"cities/{city}", StartDate = DateOf(new DateOnly(2031, 5, 12)),
                EndDate = DateOf(new DateOnly(2031, 5, 13)), TimeZone = "Africa/Tunis", Format = DialogueApi.MeetingFormat.InPerson, Capacity = 30,
            },
        }, cancellationToken: Ct)).Meeting;

    /// <summary>An eligible application of the city to a new open call.</summary>
    public static async Task<ActionApi.Application> ApplicationAsync(GrpcChannel channel, string city)
    {
        var calls = new ActionApi.CallsService.CallsServiceClient(channel);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var call = (await calls.CreateCallAsync(new ActionApi.CreateCallRequest
        {
            CallId = $"call-{Guid.NewGuid():N}"[..20],
            Call = new ActionApi.Call
            {
                Number = 4, Title = new() { En = "Targeted City Actions" }, OpensOn = DateOf(today.AddDays(-1)), ClosesOn = DateOf(today.AddDays(30)),
                MaxGrant = new Google.Type.Money { CurrencyCode = "EUR", Units = 50_000 }, EligibleCountries = { "TN" },
                Objectives = { ActionApi.Objective.StakeholderCooperation }, EligibleApplicantTypes = { ActionApi.ApplicantType.LocalGovernment },
                Criteria = { new ActionApi.Criterion { Id = "relevance", Name = new() { En = "Relevance" }, MaxScore = 10 } },
            },
        }, cancellationToken: Ct)).Call;
        call = (await calls.OpenCallAsync(new ActionApi.OpenCallRequest { Name = call.Name, Etag = call.Etag }, cancellationToken: Ct)).Call;
        return (await new ActionApi.ApplicationsService.ApplicationsServiceClient(channel).SubmitApplicationAsync(new ActionApi.SubmitApplicationRequest
        {
            Application = new ActionApi.Application
            {
                Call = call.Name, ApplicantOrganisation = "Municipality", ApplicantType = ActionApi.ApplicantType.LocalGovernment, City = $"cities/{city}",
                Title = "A reception desk", RequestedAmount = new Google.Type.Money { CurrencyCode = "EUR", Units = 40_000 }, Objectives = { ActionApi.Objective.StakeholderCooperation },
            },
        }, cancellationToken: Ct)).Application;
    }

    /// <summary>Publishes revision 1 of the city's profile (its draft comes by event, so it is waited for).</summary>
    public static async Task PublishedProfileAsync(GrpcChannel channel, string city)
    {
        var profiles = new KnowledgeApi.ProfilesService.ProfilesServiceClient(channel);
        KnowledgeApi.Profile? profile = null;
        await Poll.UntilAsync(async () =>
        {
            try
            {
                profile = (await profiles.GetProfileAsync(new KnowledgeApi.GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct)).Profile;
                return true;
            }
            catch (Grpc.Core.RpcException ex) when (ex.StatusCode == Grpc.Core.StatusCode.NotFound)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(30), $"the draft profile of {city}", Ct);
        profile = (await profiles.UpdateProfileAsync(new KnowledgeApi.UpdateProfileRequest
        {
            Name = profile!.Name, Etag = profile.Etag, Content = new KnowledgeApi.ProfileContent { Synopsis = new() { En = "A coastal city." } },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "synopsis" } },
        }, cancellationToken: Ct)).Profile;
        profile = (await profiles.SubmitProfileAsync(new KnowledgeApi.SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct)).Profile;
        await profiles.PublishProfileAsync(new KnowledgeApi.PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct);
    }

    /// <summary>A meeting the city hosted in May 2019, confirmed and marked held.</summary>
    public static async Task HeldMeetingAsync(GrpcChannel channel, string city)
    {
        var meetings = new DialogueApi.MeetingsService.MeetingsServiceClient(channel);
        var meeting = (await meetings.CreateMeetingAsync(new DialogueApi.CreateMeetingRequest
        {
            MeetingId = $"meeting-{Guid.NewGuid():N}"[..24],
            Meeting = new DialogueApi.Meeting
            {
                DisplayName = new() { En = "Peer-learning meeting" }, Kind = DialogueApi.MeetingKind.PeerLearning, Themes = { "themes/refugee-reception" },
                HostCity = $"cities/{city}", StartDate = DateOf(new DateOnly(2019, 5, 14)), EndDate = DateOf(new DateOnly(2019, 5, 15)),
                TimeZone = "Africa/Tunis", Format = DialogueApi.MeetingFormat.InPerson,
            },
        }, cancellationToken: Ct)).Meeting;
        meeting = (await meetings.ConfirmMeetingAsync(new DialogueApi.ConfirmMeetingRequest { Name = meeting.Name, Etag = meeting.Etag }, cancellationToken: Ct)).Meeting;
        await meetings.MarkMeetingHeldAsync(new DialogueApi.MarkMeetingHeldRequest { Name = meeting.Name, Etag = meeting.Etag }, cancellationToken: Ct);
    }

    /// <summary>An application of the city, scored by evaluator-1 (on <paramref name="evaluator"/>'s channel) and selected: a funded action.</summary>
    public static async Task<ActionApi.FundedAction> FundedActionAsync(GrpcChannel channel, GrpcChannel evaluator, string city)
    {
        var application = await ApplicationAsync(channel, city);
        await new ActionApi.ApplicationsService.ApplicationsServiceClient(channel).AssignEvaluatorsAsync(
            new ActionApi.AssignEvaluatorsRequest { Name = application.Name, Evaluators = { SharedIssuer.Evaluator1 } }, cancellationToken: Ct);
        await new ActionApi.ApplicationsService.ApplicationsServiceClient(evaluator).ScoreApplicationAsync(new ActionApi.ScoreApplicationRequest
        {
            Name = application.Name, Scores = { new ActionApi.CriterionScore { Criterion = "relevance", Score = 8 } },
        }, cancellationToken: Ct);
        return (await new ActionApi.CallsService.CallsServiceClient(channel).SelectApplicationsAsync(
            new ActionApi.SelectApplicationsRequest { Name = application.Call, Applications = { application.Name } }, cancellationToken: Ct)).Actions.Single();
    }
}
