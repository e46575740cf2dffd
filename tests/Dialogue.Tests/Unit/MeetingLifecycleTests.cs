using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Outcomes;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>Planned → Confirmed → Held → Reported, or Cancelled; rescheduling keeps the history; the host flag.</summary>
public sealed class MeetingLifecycleTests
{
    private static readonly DateTimeOffset Now = Meetings.Now;

    private static RecommendationDraft Draft(string text) =>
        new(new LocalizedText(text, "", ""), ["refugee-reception"], [Addressee.Cities, Addressee.NationalLevel]);

    [Fact]
    public void Scheduling_plans_the_meeting_and_raises_MeetingScheduled()
    {
        var meeting = Meetings.Planned();

        Assert.Equal(MeetingState.Planned, meeting.State);
        var scheduled = Assert.IsType<MeetingScheduled>(Assert.Single(meeting.PendingEvents));
        Assert.Equal(("tunis-2031", "peer-learning", "tunis", "Africa/Tunis"), (scheduled.MeetingId, scheduled.Kind, scheduled.HostCityId, scheduled.TimeZone));
        Assert.Equal(["refugee-reception"], scheduled.ThemeIds);
    }

    [Fact]
    public void A_meeting_goes_from_planned_to_reported_raising_held_then_adopted()
    {
        var meeting = Meetings.Planned(start: new DateOnly(2019, 3, 5), end: new DateOnly(2019, 3, 6));
        meeting.Confirm(Now);
        meeting.MarkHeld(Now);

        var adopted = meeting.AdoptOutcomes([Draft("Open a one-stop shop for newcomers."), Draft("Train front-line staff.")], [], Now);

        Assert.Equal(MeetingState.Reported, meeting.State);
        Assert.Equal(["tunis-2031-1", "tunis-2031-2"], adopted.Select(r => r.Id));
        Assert.Equal(["tunis-2031-1", "tunis-2031-2"], meeting.RecommendationIds);
        var held = Assert.Single(meeting.PendingEvents.OfType<MeetingHeld>());
        Assert.Equal(0, held.RegisteredCount);
        var outcomes = Assert.Single(meeting.PendingEvents.OfType<RecommendationsAdopted>());
        Assert.Equal(["tunis-2031-1", "tunis-2031-2"], outcomes.Recommendations.Select(r => r.RecommendationId));
        Assert.Equal(new MultilingualText("Train front-line staff.", "", ""), outcomes.Recommendations[1].Text);
        Assert.Equal(["cities", "national-level"], outcomes.Recommendations[0].Addressees);
    }

    [Fact]
    public void Outcomes_are_adopted_once_and_only_after_the_meeting_is_held()
    {
        var planned = Meetings.Planned();
        var held = Meetings.Held();
        held.AdoptOutcomes([Draft("First.")], [], Now);

        Assert.Throws<FailedPreconditionException>(() => planned.AdoptOutcomes([Draft("Too early.")], [], Now));
        var again = Assert.Throws<FailedPreconditionException>(() => held.AdoptOutcomes([Draft("Twice.")], [], Now));

        Assert.Contains("already", again.Message, StringComparison.Ordinal);
        Assert.Equal(1, held.RecommendationCount);
    }

    [Fact]
    public void Only_a_political_conference_adopts_political_messages()
    {
        var peer = Meetings.Held();
        var conference = Meetings.Held(MeetingKind.PoliticalConference);
        var message = new LocalizedText("Cities are where migrants are received.", "", "");

        var error = Assert.Throws<InvalidArgumentException>(() => peer.AdoptOutcomes([], [message], Now));
        conference.AdoptOutcomes([], [message], Now);

        Assert.Equal("political_messages", Assert.Single(error.Violations).Field);
        Assert.Equal([message], conference.PoliticalMessages);
    }

    [Fact]
    public void A_meeting_cannot_be_marked_held_before_its_first_day_where_it_takes_place()
    {
        var meeting = Meetings.Planned(start: new DateOnly(2026, 11, 28), end: new DateOnly(2026, 11, 28));
        meeting.Confirm(Now);
        // 27 Nov 2026 23:30 UTC is already 28 Nov in Tunis (UTC+1).
        var lateEvening = new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero);

        Assert.Throws<FailedPreconditionException>(() => meeting.MarkHeld(Now));
        meeting.MarkHeld(lateEvening);

        Assert.Equal(MeetingState.Held, meeting.State);
    }

    [Fact]
    public void Only_a_confirmed_meeting_is_marked_held_and_only_a_planned_one_confirmed()
    {
        var meeting = Meetings.Planned(start: new DateOnly(2019, 3, 5), end: new DateOnly(2019, 3, 6));

        Assert.Throws<FailedPreconditionException>(() => meeting.MarkHeld(Now));
        meeting.Confirm(Now);
        Assert.Throws<FailedPreconditionException>(() => meeting.Confirm(Now));
    }

    [Fact]
    public void Rescheduling_keeps_the_earlier_schedule_and_raises_MeetingRescheduled()
    {
        var meeting = Meetings.Planned();
        var move = new MeetingMove(meeting.Id, new DateOnly(2031, 6, 2), new DateOnly(2031, 6, 4), null, true, "sfax", null, "The venue is taken.", "");

        meeting.Reschedule(move, "coordinator@uclg", Now);

        var change = Assert.Single(meeting.ScheduleHistory);
        Assert.Equal((new DateOnly(2031, 5, 12), new DateOnly(2031, 5, 13), "tunis"), (change.PreviousStart, change.PreviousEnd, change.PreviousHostCityId));
        Assert.Equal((new DateOnly(2031, 6, 2), "sfax", "The venue is taken.", "coordinator@uclg"), (change.Start, change.HostCityId, change.Reason, change.Actor));
        Assert.Equal(("sfax", 3), (meeting.HostCityId, meeting.Dates.Days));
        var rescheduled = Assert.IsType<MeetingRescheduled>(meeting.PendingEvents.Last());
        Assert.Equal(("tunis", "sfax", new DateOnly(2031, 6, 2)), (rescheduled.PreviousHostCityId, rescheduled.HostCityId, rescheduled.StartDate));
    }

    [Fact]
    public void A_move_that_leaves_no_room_for_the_agenda_is_refused()
    {
        var meeting = Meetings.Planned();
        var move = new MeetingMove(meeting.Id, new DateOnly(2031, 6, 2), new DateOnly(2031, 6, 2), null, false, null, null, "Shorter.", "");

        var error = Assert.Throws<InvalidArgumentException>(() => meeting.Reschedule(move, "anonymous", Now));

        Assert.Equal("end_date", Assert.Single(error.Violations).Field);
        Assert.Empty(meeting.ScheduleHistory);
    }

    [Fact]
    public void A_cancelled_meeting_cannot_be_rescheduled_changed_or_confirmed()
    {
        var meeting = Meetings.Planned();
        meeting.Cancel("No host.", Now);

        Assert.IsType<MeetingCancelled>(meeting.PendingEvents.Last());
        Assert.Throws<FailedPreconditionException>(() => meeting.Confirm(Now));
        Assert.Throws<FailedPreconditionException>(() => meeting.Update(new MeetingChanges(Location: "Online"), [], Now));
        Assert.Throws<FailedPreconditionException>(() => meeting.Reschedule(
            new MeetingMove(meeting.Id, new DateOnly(2031, 6, 2), new DateOnly(2031, 6, 3), null, false, null, null, "Again.", ""), "anonymous", Now));
        Assert.Equal("No host.", meeting.CancelReason);
    }

    [Fact]
    public void A_host_that_left_flags_its_meeting_once_and_a_flagged_meeting_cannot_be_confirmed()
    {
        var meeting = Meetings.Planned();
        var version = meeting.Version;

        var first = meeting.FlagHostLeft("tunis", new DateOnly(2030, 12, 31), Now);
        var second = meeting.FlagHostLeft("tunis", new DateOnly(2030, 12, 31), Now);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(version + 1, meeting.Version);
        Assert.Equal(MeetingFlagReason.HostLeftNetwork, meeting.Flag!.Reason);
        Assert.Contains("cities/tunis", meeting.Flag.Description, StringComparison.Ordinal);
        Assert.Throws<FailedPreconditionException>(() => meeting.Confirm(Now));
    }

    [Fact]
    public void A_host_leaving_after_the_meeting_or_another_city_leaving_flags_nothing()
    {
        var meeting = Meetings.Planned();

        Assert.False(meeting.FlagHostLeft("tunis", new DateOnly(2031, 5, 13), Now));
        Assert.False(meeting.FlagHostLeft("sfax", new DateOnly(2030, 1, 1), Now));
        Assert.Null(meeting.Flag);
    }

    [Fact]
    public void Rescheduling_a_flagged_meeting_clears_the_flag()
    {
        var meeting = Meetings.Planned();
        meeting.FlagHostLeft("tunis", new DateOnly(2030, 12, 31), Now);

        meeting.Reschedule(new MeetingMove(meeting.Id, new DateOnly(2031, 5, 12), new DateOnly(2031, 5, 13), null, true, "sfax", null, "New host.", ""), "anonymous", Now);

        Assert.Null(meeting.Flag);
        meeting.Confirm(Now);
    }

    [Fact]
    public void An_update_keeps_the_kind_theme_and_place_rules()
    {
        var meeting = Meetings.Planned();

        var error = Assert.Throws<InvalidArgumentException>(() => meeting.Update(new MeetingChanges(ThemeIds: []), [], Now));

        Assert.Equal("meeting.themes", Assert.Single(error.Violations).Field);
        meeting.Update(new MeetingChanges(Kind: MeetingKind.Other, ThemeIds: [], Location: "Tunis city hall"), [], Now);
        Assert.Equal((MeetingKind.Other, "Tunis city hall"), (meeting.Kind, meeting.Location));
        Assert.Empty(meeting.ThemeIds);
    }
}
