using Google.Rpc;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Errors;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>Field checks of meeting requests: dates, time zone, themes, place, agenda, documents.</summary>
public sealed class MeetingRequestReaderTests
{
    private static readonly HashSet<string> Catalogue = ["refugee-reception", "social-cohesion"];

    private static IEnumerable<string> Fields(Action read) =>
        Assert.Throws<InvalidArgumentException>(read).Violations.Select(v => v.Field);

    [Fact]
    public void A_valid_request_is_read_whole()
    {
        var input = MeetingRequestReader.ReadCreate(MeetingRequests.Create("tunis-2031"), Catalogue);

        Assert.Equal(("tunis-2031", "tunis", 2, "Africa/Tunis"), (input.Id, input.HostCityId, input.Dates.Days, input.Dates.TimeZone));
        Assert.Equal(["refugee-reception"], input.ThemeIds);
        Assert.Equal(WorkingMethod.MythsVsRealities, Assert.Single(input.Sessions).Method);
    }

    [Fact]
    public void The_end_date_must_not_come_before_the_start_date()
    {
        var request = MeetingRequests.Create(start: MeetingRequests.Day(2031, 5, 12), end: MeetingRequests.Day(2031, 5, 11));

        Assert.Equal(["meeting.end_date"], Fields(() => MeetingRequestReader.ReadCreate(request, Catalogue)));
    }

    [Fact]
    public void A_one_day_meeting_starts_and_ends_on_the_same_day()
    {
        var request = MeetingRequests.Create(start: MeetingRequests.Day(2031, 5, 12), end: MeetingRequests.Day(2031, 5, 12));

        Assert.Equal(1, MeetingRequestReader.ReadCreate(request, Catalogue).Dates.Days);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("GMT+1 ")]
    [InlineData("W. Europe Standard Time")]
    public void The_time_zone_must_be_an_iana_zone(string timeZone)
    {
        var request = MeetingRequests.Create();
        request.Meeting.TimeZone = timeZone;

        Assert.Equal(["meeting.time_zone"], Fields(() => MeetingRequestReader.ReadCreate(request, Catalogue)));
    }

    [Theory]
    [InlineData("Europe/Lisbon")]
    [InlineData("Asia/Amman")]
    [InlineData("Africa/Casablanca")]
    public void Host_city_time_zones_are_known(string timeZone) => Assert.True(MeetingDates.IsKnownTimeZone(timeZone));

    [Fact]
    public void Today_is_the_host_citys_today()
    {
        var dates = new MeetingDates(new DateOnly(2031, 5, 12), new DateOnly(2031, 5, 13), "Asia/Amman");

        Assert.Equal(new DateOnly(2031, 5, 12), dates.Today(new DateTimeOffset(2031, 5, 11, 22, 30, 0, TimeSpan.Zero)));
        Assert.True(dates.HasEnded(new DateTimeOffset(2031, 5, 13, 21, 30, 0, TimeSpan.Zero)));
        Assert.False(dates.HasEnded(new DateTimeOffset(2031, 5, 13, 20, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Every_bad_field_is_named_at_once()
    {
        var request = MeetingRequests.Create("Bad Id");
        request.Meeting.DisplayName.En = "";
        request.Meeting.Kind = Proto.MeetingKind.Unspecified;
        request.Meeting.Themes.Add("themes/atlantis");
        request.Meeting.HostCity = "tunis";
        request.Meeting.Format = Proto.MeetingFormat.Unspecified;
        request.Meeting.Languages.Add("english");
        request.Meeting.Capacity = -1;
        request.Meeting.Sessions[0].Day = 3;
        request.Meeting.Documents[0].Uri = "ftp://example.org/file";

        Assert.Equal(
            ["meeting_id", "meeting.display_name.en", "meeting.kind", "meeting.themes[1]", "meeting.host_city", "meeting.format",
             "meeting.languages[3]", "meeting.capacity", "meeting.documents[0].uri", "meeting.sessions[0].day"],
            Fields(() => MeetingRequestReader.ReadCreate(request, Catalogue)));
    }

    [Fact]
    public void A_meeting_without_a_host_city_needs_a_location()
    {
        var request = MeetingRequests.Create(host: "");

        Assert.Equal(["meeting.location"], Fields(() => MeetingRequestReader.ReadCreate(request, Catalogue)));
        request.Meeting.Location = "Brussels";
        Assert.Null(MeetingRequestReader.ReadCreate(request, Catalogue).HostCityId);
    }

    [Fact]
    public void A_peer_learning_meeting_needs_a_theme()
    {
        var request = MeetingRequests.Create();
        request.Meeting.Themes.Clear();

        Assert.Equal(["meeting.themes"], Fields(() => MeetingRequestReader.ReadCreate(request, Catalogue)));
        request.Meeting.Kind = Proto.MeetingKind.PoliticalConference;
        Assert.Empty(MeetingRequestReader.ReadCreate(request, Catalogue).ThemeIds);
    }

    [Fact]
    public void Without_an_id_the_server_picks_one()
    {
        var request = MeetingRequests.Create();
        request.MeetingId = "";

        Assert.StartsWith("meeting-", MeetingRequestReader.ReadCreate(request, Catalogue).Id, StringComparison.Ordinal);
    }

    [Fact]
    public void An_update_needs_an_etag_and_a_field_it_may_change()
    {
        var request = new Proto.UpdateMeetingRequest
        {
            Meeting = new Proto.Meeting { Name = "meetings/tunis-2031" },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "start_date" } },
        };

        Assert.Equal(["meeting.etag", "update_mask", "update_mask"], Fields(() => MeetingRequestReader.ReadUpdate(request, Catalogue)));
    }

    [Fact]
    public void A_reschedule_reads_a_new_host_only_when_one_is_sent()
    {
        var request = new Proto.RescheduleMeetingRequest
        {
            Name = "meetings/tunis-2031", StartDate = MeetingRequests.Day(2031, 6, 1), EndDate = MeetingRequests.Day(2031, 6, 2), Reason = "Venue taken.",
        };

        var keep = MeetingRequestReader.ReadReschedule(request);
        request.HostCity = "";
        var remove = MeetingRequestReader.ReadReschedule(request);

        Assert.Equal((false, true, (string?)null), (keep.MovesHost, remove.MovesHost, remove.HostCityId));
        request.Reason = "";
        Assert.Equal(["reason"], Fields(() => MeetingRequestReader.ReadReschedule(request)));
    }

    [Fact]
    public void Violations_are_carried_as_google_rpc_bad_request()
    {
        var request = MeetingRequests.Create();
        request.Meeting.TimeZone = "Nowhere";

        var error = Assert.Throws<InvalidArgumentException>(() => MeetingRequestReader.ReadCreate(request, Catalogue));

        var status = error.ToStatus();
        Assert.Equal("meeting.time_zone", status.GetDetail<BadRequest>().FieldViolations.Single().Field);
        // Beside it, the values its message needs, keyed by the field.
        Assert.Equal("Europe/Lisbon", status.GetDetail<ErrorInfo>().Metadata["meeting.time_zone:example"]);
    }
}
