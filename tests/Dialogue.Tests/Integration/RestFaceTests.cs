using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>The REST/JSON face (gRPC JSON transcoding) on the HTTP/1.1 endpoint, on the routes client apps rely on.</summary>
[Collection(DialogueCollection.Name)]
public sealed class RestFaceTests(DialogueApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await app.Rest.GetAsync(path, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static IEnumerable<string?> Names(JsonElement list, string property = "meetings") =>
        list.GetProperty(property).EnumerateArray().Select(m => m.GetProperty("name").GetString());

    [Fact]
    public async Task The_2016_peer_learning_meetings_are_listed_in_order()
    {
        var list = await GetJsonAsync("/api/v1/meetings?kind=MEETING_KIND_PEER_LEARNING&from=2016-01-01&to=2016-12-31");

        Assert.Equal(["meetings/lisbon-2016", "meetings/madrid-2016", "meetings/tangier-2016"], Names(list));
        Assert.Equal(["cities/lisbon", "cities/madrid", "cities/tangier"], list.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("hostCity").GetString()));
    }

    [Fact]
    public async Task The_tangier_political_conference_of_29_november_2016_is_read_by_its_name()
    {
        var meeting = await GetJsonAsync("/api/v1/meetings/tangier-2016-conference");

        Assert.Equal("MEETING_KIND_POLITICAL_CONFERENCE", meeting.GetProperty("kind").GetString());
        Assert.Equal("Mid-term conference", meeting.GetProperty("displayName").GetProperty("en").GetString());
        Assert.Equal("""{"year":2016,"month":11,"day":29}""", meeting.GetProperty("startDate").GetRawText());
        Assert.Equal("""{"year":2016,"month":11,"day":29}""", meeting.GetProperty("endDate").GetRawText());
        Assert.Equal(("cities/tangier", "MEETING_STATE_HELD"), (meeting.GetProperty("hostCity").GetString(), meeting.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task Meetings_filter_by_theme_and_city_with_names_or_bare_ids_and_texts_come_in_the_readers_language()
    {
        var byName = await GetJsonAsync("/api/v1/meetings?theme=themes/refugee-reception&city=cities/vienna&lang=fr");
        var byId = await GetJsonAsync("/api/v1/meetings?theme=refugee-reception&city=vienna");

        Assert.Equal(["meetings/vienna-2017"], Names(byName));
        Assert.Equal(Names(byName), Names(byId));
        var title = byName.GetProperty("meetings")[0].GetProperty("displayName");
        Assert.Equal(("Réunion d'apprentissage entre pairs : Accueil des réfugiés", "fr"), (title.GetProperty("text").GetString(), title.GetProperty("language").GetString()));
    }

    [Fact]
    public async Task The_brussels_mc2cm_days_have_a_location_and_no_host_city()
    {
        var meeting = await GetJsonAsync("/api/v1/meetings/brussels-2021-mc2cm-days");

        Assert.Equal("Brussels", meeting.GetProperty("location").GetString());
        Assert.False(meeting.TryGetProperty("hostCity", out _), "an unset host city is left out of the JSON");
    }

    [Fact]
    public async Task Post_registers_a_participant_for_a_meeting()
    {
        var meeting = await app.ScheduleAsync();

        using var response = await app.Rest.PostAsync($"/api/v1/{meeting.Name}/registrations", Json($$$"""
            {"participant":{"displayName":"Youssef Alami","organisation":"City of Tangier","city":"cities/tangier",
             "role":"PARTICIPANT_ROLE_ELECTED_OFFICIAL","email":"youssef.{{{Guid.NewGuid():N}}}@example.org"}}
            """), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var registration = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith($"{meeting.Name}/registrations/", registration.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal("REGISTRATION_STATE_REGISTERED", registration.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_next_meeting_is_the_earliest_still_to_come()
    {
        var theme = await app.NewThemeAsync();
        foreach (var (day, id) in new[] { (20, MeetingRequests.NewId("later")), (10, MeetingRequests.NewId("sooner")) })
        {
            var request = MeetingRequests.Create(id, MeetingRequests.Day(2030, 3, day), MeetingRequests.Day(2030, 3, day + 1));
            request.Meeting.Themes[0] = theme;
            await app.ScheduleAsync(request);
        }

        var next = await GetJsonAsync($"/api/v1/meetings:next?theme={theme}");
        using var none = await app.Rest.GetAsync("/api/v1/meetings:next?city=cities/lisbon", Ct);

        Assert.StartsWith("meetings/sooner-", next.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task Themes_and_recommendations_have_their_collections()
    {
        var themes = await GetJsonAsync("/api/v1/themes?pageSize=100&lang=ar");
        var theme = await GetJsonAsync("/api/v1/themes/urban-citizenship");
        var recommendations = await GetJsonAsync("/api/v1/recommendations?addressee=ADDRESSEE_PARTNERS");

        Assert.Contains("themes/refugee-reception", Names(themes, "themes"));
        Assert.Equal("Urban citizenship", theme.GetProperty("displayName").GetProperty("en").GetString());
        Assert.Equal(JsonValueKind.Object, recommendations.ValueKind);
    }

    [Fact]
    public async Task Bad_input_gets_400_naming_each_field_and_stores_nothing()
    {
        var before = await app.QueryAsync(db => db.Meetings.CountAsync(Ct));

        using var response = await app.Rest.PostAsync($"/api/v1/meetings?meetingId={MeetingRequests.NewId()}", Json("""
            {"displayName":{"en":"Launch"},"kind":"MEETING_KIND_LAUNCH","startDate":{"year":2031,"month":2,"day":30},
             "timeZone":"Europe/Vienna","format":"MEETING_FORMAT_IN_PERSON","location":"Vienna"}
            """), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var fields = error.GetProperty("details")[0].GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString());
        Assert.Equal(["meeting.start_date", "meeting.end_date"], fields);
        Assert.Equal(before, await app.QueryAsync(db => db.Meetings.CountAsync(Ct)));
    }

    [Fact]
    public async Task An_unknown_meeting_gets_404_a_stale_patch_409_and_a_bad_filter_400()
    {
        var meeting = await app.ScheduleAsync();

        using var missing = await app.Rest.GetAsync("/api/v1/meetings/atlantis-2031", Ct);
        using var stale = await app.Rest.PatchAsync($"/api/v1/{meeting.Name}?updateMask=capacity", Json("""{"capacity":12,"etag":"W/\"9\""}"""), Ct);
        using var badFilter = await app.Rest.GetAsync("/api/v1/meetings?from=29/11/2016", Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(10, (await stale.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
    }
}
