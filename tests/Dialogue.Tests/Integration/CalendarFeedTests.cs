using System.Net;
using Ical.Net.CalendarComponents;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Testing;
using IcsCalendar = Ical.Net.Calendar;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>The iCalendar feed, read back with the library a calendar app would use (Ical.Net).</summary>
[Collection(DialogueCollection.Name)]
public sealed class CalendarFeedTests(DialogueApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<IcsCalendar> FeedAsync(string query = "")
    {
        using var response = await app.Rest.GetAsync($"/api/v1/calendar.ics{query}", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        return IcsCalendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
    }

    private static CalendarEvent Event(IcsCalendar calendar, string meetingId) =>
        calendar.Events.Single(e => e.Uid == $"{meetingId}@dialogue.mc2cm.org");

    [Fact]
    public async Task The_feed_holds_each_meeting_as_an_all_day_event()
    {
        // City names come from the Cities service's events, which arrive shortly after it starts.
        var calendar = await FeedAsync();
        await Poll.UntilAsync(async () => Event(calendar = await FeedAsync(), "lisbon-2016").Location == "Lisbon",
            Poll.ThroughTheBroker, "Lisbon's name from CityRegistered", Ct);

        var lisbon = Event(calendar, "lisbon-2016");
        Assert.Equal("Peer-learning meeting: Social cohesion, intercultural and inter-religious dialogue", lisbon.Summary);
        Assert.Equal((new DateOnly(2016, 7, 12), false), (lisbon.Start!.Date, lisbon.Start.HasTime));
        // RFC 5545: the end of an all-day event is the day after its last day.
        Assert.Equal(new DateOnly(2016, 7, 14), lisbon.End!.Date);
        Assert.Equal(("Lisbon", "CONFIRMED"), (lisbon.Location, lisbon.Status));
        Assert.Equal("Brussels", Event(calendar, "brussels-2021-mc2cm-days").Location);
    }

    [Fact]
    public async Task The_feed_filters_by_theme_and_by_city()
    {
        var byTheme = await FeedAsync("?theme=themes/refugee-reception&city=cities/vienna");
        var byCity = await FeedAsync("?city=tangier");

        Assert.Equal(["vienna-2017@dialogue.mc2cm.org"], byTheme.Events.Select(e => e.Uid));
        Assert.Equal(["Reception of refugees"], Event(byTheme, "vienna-2017").Categories);
        Assert.Equal(["tangier-2016-conference", "tangier-2016"], byCity.Events.Select(e => e.Uid!.Split('@')[0]));
    }

    [Fact]
    public async Task The_feed_speaks_the_readers_language()
    {
        var calendar = await FeedAsync("?city=cities/tangier&lang=fr");

        Assert.Equal("Conférence de mi-parcours", Event(calendar, "tangier-2016-conference").Summary);
    }

    [Fact]
    public async Task A_cancelled_meeting_stays_in_the_feed_as_cancelled_with_a_higher_sequence()
    {
        var theme = await app.NewThemeAsync();
        var request = MeetingRequests.Create();
        request.Meeting.Themes[0] = theme;
        var meeting = await app.ScheduleAsync(request);
        var planned = Event(await FeedAsync($"?theme={theme}"), request.MeetingId);

        await app.Meetings.CancelMeetingAsync(new CancelMeetingRequest { Name = meeting.Name, Reason = "No venue." }, cancellationToken: Ct);
        var cancelled = Event(await FeedAsync($"?theme={theme}"), request.MeetingId);

        Assert.Equal(("TENTATIVE", "CANCELLED"), (planned.Status, cancelled.Status));
        Assert.True(cancelled.Sequence > planned.Sequence);
    }

    [Fact]
    public async Task A_bad_filter_is_refused_with_the_apis_error_body()
    {
        using var response = await app.Rest.GetAsync("/api/v1/calendar.ics?theme=Refugees!&lang=de", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("\"field\": \"theme\"", body, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"lang\"", body, StringComparison.Ordinal);
    }
}
