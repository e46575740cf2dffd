using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Date = Google.Type.Date;
using LocalizedText = Mc2cm.Contracts.Common.V1.LocalizedText;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>A client app's view of Dialogue: the suite runs from its AppHost and is reached through the gateway only.</summary>
[Collection(nameof(SuiteCollection))]
public sealed class DialogueThroughTheGatewayTests(SuiteFixture suite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Meeting NewMeeting(string host) => new()
    {
        DisplayName = new LocalizedText { En = "Peer-learning meeting: communication on migration" },
        Kind = MeetingKind.PeerLearning,
        Themes = { "themes/communication-on-migration" },
        HostCity = host,
        StartDate = new Date { Year = 2031, Month = 4, Day = 8 },
        EndDate = new Date { Year = 2031, Month = 4, Day = 9 },
        TimeZone = "Africa/Tunis",
        Format = MeetingFormat.InPerson,
        Capacity = 2,
    };

    [Fact]
    public async Task Rest_lists_the_2016_peer_learning_meetings_in_order()
    {
        using var rest = suite.GatewayRest();

        var list = await rest.GetFromJsonAsync<JsonElement>("/api/v1/meetings?kind=MEETING_KIND_PEER_LEARNING&from=2016-01-01&to=2016-12-31", Ct);

        var meetings = list.GetProperty("meetings").EnumerateArray().ToList();
        Assert.Equal(["meetings/lisbon-2016", "meetings/madrid-2016", "meetings/tangier-2016"], meetings.Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(["cities/lisbon", "cities/madrid", "cities/tangier"], meetings.Select(m => m.GetProperty("hostCity").GetString()));
    }

    [Fact]
    public async Task Rest_gets_the_tangier_political_conference_of_29_november_2016()
    {
        using var rest = suite.GatewayRest();

        var meeting = await rest.GetFromJsonAsync<JsonElement>("/api/v1/meetings/tangier-2016-conference", Ct);

        Assert.Equal("MEETING_KIND_POLITICAL_CONFERENCE", meeting.GetProperty("kind").GetString());
        Assert.Equal("cities/tangier", meeting.GetProperty("hostCity").GetString());
        Assert.Equal("""{"year":2016,"month":11,"day":29}""", meeting.GetProperty("startDate").GetRawText());
    }

    [Fact]
    public async Task The_calendar_feed_is_served_as_text_calendar()
    {
        using var rest = suite.GatewayRest();

        using var response = await rest.GetAsync("/api/v1/calendar.ics?city=cities/tangier", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("BEGIN:VCALENDAR", body, StringComparison.Ordinal);
        Assert.Contains("UID:tangier-2016-conference@dialogue.mc2cm.org", body, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20161129", body, StringComparison.Ordinal);
        Assert.DoesNotContain("lisbon-2016", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_meeting_in_a_city_that_is_not_a_member_is_refused_and_one_in_a_member_city_takes_registrations()
    {
        using var channel = suite.GatewayGrpc();
        using var rest = suite.GatewayRest();
        var cities = new CitiesService.CitiesServiceClient(channel);
        var meetings = new MeetingsService.MeetingsServiceClient(channel);
        var outsider = $"e2e-{Guid.NewGuid():N}"[..20];
        await cities.CreateCityAsync(new CreateCityRequest
        {
            CityId = outsider,
            City = new City { DisplayName = new LocalizedText { En = "Oujda" }, CountryCode = "MA", Region = Region.NorthAfrica },
        }, cancellationToken: Ct);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            meetings.CreateMeetingAsync(new CreateMeetingRequest { Meeting = NewMeeting($"cities/{outsider}") }, cancellationToken: Ct).ResponseAsync);
        var created = (await meetings.CreateMeetingAsync(new CreateMeetingRequest { Meeting = NewMeeting("cities/tunis") }, cancellationToken: Ct)).Meeting;
        using var registered = await rest.PostAsync($"/api/v1/{created.Name}/registrations", new StringContent(
            """{"participant":{"displayName":"Salma Trabelsi","role":"PARTICIPANT_ROLE_CITY_STAFF","email":"salma@example.org"}}""",
            Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.StartsWith($"cities/{outsider} is not a member of the network", refused.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("REGISTRATION_STATE_REGISTERED", (await registered.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("state").GetString());
    }
}
