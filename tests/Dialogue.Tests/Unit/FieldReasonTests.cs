using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>
/// Dialogue's own rules say which of the shared reasons they are, with the values a client needs
/// to say them in its reader's language (the portal never reads the English sentence).
/// </summary>
public sealed class FieldReasonTests
{
    private static readonly HashSet<string> Catalogue = ["refugee-reception", "social-cohesion"];

    private static InvalidArgumentException Refusal(Action read) => Assert.Throws<InvalidArgumentException>(read);

    private static string ReasonOf(InvalidArgumentException error, string field) => Assert.Single(error.Violations, v => v.Field == field).Reason;

    [Fact]
    public void An_end_before_the_start_must_follow_the_start_date_field()
    {
        var request = MeetingRequests.Create(start: MeetingRequests.Day(2031, 5, 12), end: MeetingRequests.Day(2031, 5, 11));

        var error = Refusal(() => MeetingRequestReader.ReadCreate(request, Catalogue));

        Assert.Equal(FieldReasons.MustFollow, ReasonOf(error, "meeting.end_date"));
        Assert.Equal(new Dictionary<string, string> { ["field"] = "meeting.start_date" }, error.ParametersOf("meeting.end_date"));
        Assert.Equal("must be on or after start_date.", error.Violations.Single().Description);
    }

    [Fact]
    public void A_meeting_too_long_is_out_of_its_range_of_dates()
    {
        var request = MeetingRequests.Create(start: MeetingRequests.Day(2031, 5, 1), end: MeetingRequests.Day(2031, 6, 30));

        var error = Refusal(() => MeetingRequestReader.ReadCreate(request, Catalogue));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "meeting.end_date"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "2031-05-01", ["maximum"] = "2031-05-31" }, error.ParametersOf("meeting.end_date"));
    }

    [Fact]
    public void Capacity_themes_and_the_time_zone_say_their_reasons_and_limits()
    {
        var request = MeetingRequests.Create();
        request.Meeting.Capacity = MeetingLimits.MaxCapacity + 1;
        request.Meeting.Themes.Clear();
        request.Meeting.Themes.Add(["themes/refugee-reception", "themes/refugee-reception", "themes/housing"]);
        request.Meeting.TimeZone = "Mars/Olympus_Mons";

        var error = Refusal(() => MeetingRequestReader.ReadCreate(request, Catalogue));

        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(error, "meeting.capacity"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "0", ["maximum"] = "100000" }, error.ParametersOf("meeting.capacity"));
        Assert.Equal(FieldReasons.Duplicate, ReasonOf(error, "meeting.themes[1]"));
        Assert.Equal(FieldReasons.UnknownReference, ReasonOf(error, "meeting.themes[2]"));
        Assert.Equal(FieldReasons.InvalidFormat, ReasonOf(error, "meeting.time_zone"));
        Assert.Equal("Europe/Lisbon", error.ParametersOf("meeting.time_zone")[FieldParameters.Example]);
    }

    [Fact]
    public void Political_messages_outside_a_conference_are_not_allowed_and_a_move_must_keep_the_agenda()
    {
        var peer = Meetings.Held();
        var message = Refusal(() => peer.AdoptOutcomes([], [new LocalizedText("Cities receive.", "", "")], Meetings.Now));

        var planned = Meetings.Planned();
        var move = new MeetingMove(planned.Id, new DateOnly(2031, 6, 2), new DateOnly(2031, 6, 2), null, false, null, null, "Shorter.", "");
        var shortened = Refusal(() => planned.Reschedule(move, "anonymous", Meetings.Now));

        Assert.Equal(FieldReasons.NotAllowed, ReasonOf(message, "political_messages"));
        // The agenda runs to day 2: the last day must be on or after 3 June.
        Assert.Equal(FieldReasons.OutOfRange, ReasonOf(shortened, "end_date"));
        Assert.Equal(new Dictionary<string, string> { ["minimum"] = "2031-06-03" }, shortened.ParametersOf("end_date"));
    }

    [Fact]
    public void An_unset_kind_is_required_and_an_unknown_one_not_allowed()
    {
        var unset = MeetingRequests.Create();
        unset.Meeting.Kind = Contracts.Dialogue.V1.MeetingKind.Unspecified;
        var unknown = MeetingRequests.Create();
        unknown.Meeting.Kind = (Contracts.Dialogue.V1.MeetingKind)99;

        Assert.Equal(FieldReasons.Required, ReasonOf(Refusal(() => MeetingRequestReader.ReadCreate(unset, Catalogue)), "meeting.kind"));
        Assert.Equal(FieldReasons.NotAllowed, ReasonOf(Refusal(() => MeetingRequestReader.ReadCreate(unknown, Catalogue)), "meeting.kind"));
    }
}
