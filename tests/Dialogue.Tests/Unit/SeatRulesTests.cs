using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Registrations;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>Capacity, the waiting list and when registrations close.</summary>
public sealed class SeatRulesTests
{
    private static readonly DateTimeOffset Now = Meetings.Now;

    [Fact]
    public void Seats_go_in_order_up_to_the_capacity_then_the_waiting_list_takes_the_rest()
    {
        var meeting = Meetings.Planned(capacity: 3);

        var registrations = Meetings.Fill(meeting, 5);

        Assert.Equal(
            [RegistrationState.Registered, RegistrationState.Registered, RegistrationState.Registered, RegistrationState.Waitlisted, RegistrationState.Waitlisted],
            registrations.Select(r => r.State));
        Assert.Equal([1, 2, 3, 4, 5], registrations.Select(r => r.Number));
        Assert.Equal((3, 2), (meeting.RegisteredCount, meeting.WaitlistedCount));
    }

    [Fact]
    public void Every_registration_changes_the_meetings_version_so_two_cannot_commit_on_the_same_one()
    {
        var meeting = Meetings.Planned(capacity: 1);
        var before = meeting.Version;

        Meetings.Fill(meeting, 2);

        Assert.Equal(before + 2, meeting.Version);
    }

    [Fact]
    public void Capacity_zero_means_no_limit()
    {
        var meeting = Meetings.Planned(capacity: 0);

        var registrations = Meetings.Fill(meeting, 50);

        Assert.All(registrations, r => Assert.Equal(RegistrationState.Registered, r.State));
        Assert.Equal(0, meeting.WaitlistedCount);
    }

    [Fact]
    public void Cancelling_a_seat_moves_the_first_waiting_person_up()
    {
        var meeting = Meetings.Planned(capacity: 2);
        var registrations = Meetings.Fill(meeting, 4);

        var movedUp = meeting.Withdraw(registrations[0], registrations[2], Now);

        Assert.Same(registrations[2], movedUp);
        Assert.Equal(RegistrationState.Cancelled, registrations[0].State);
        Assert.Equal(RegistrationState.Registered, registrations[2].State);
        Assert.Equal(RegistrationState.Waitlisted, registrations[3].State);
        Assert.Equal((2, 1), (meeting.RegisteredCount, meeting.WaitlistedCount));
        Assert.Null(registrations[0].ActiveEmailKey);
    }

    [Fact]
    public void Cancelling_a_waiting_registration_frees_no_seat()
    {
        var meeting = Meetings.Planned(capacity: 1);
        var registrations = Meetings.Fill(meeting, 3);

        var movedUp = meeting.Withdraw(registrations[1], null, Now);

        Assert.Null(movedUp);
        Assert.Equal((1, 1), (meeting.RegisteredCount, meeting.WaitlistedCount));
        Assert.Equal(RegistrationState.Waitlisted, registrations[2].State);
    }

    [Fact]
    public void A_cancelled_registration_cannot_be_cancelled_again()
    {
        var meeting = Meetings.Planned(capacity: 5);
        var registration = Meetings.Fill(meeting, 1)[0];
        meeting.Withdraw(registration, null, Now);

        Assert.Throws<FailedPreconditionException>(() => meeting.Withdraw(registration, null, Now));
        Assert.Equal(0, meeting.RegisteredCount);
    }

    [Fact]
    public void A_larger_capacity_gives_seats_to_the_waiting_list_in_order()
    {
        var meeting = Meetings.Planned(capacity: 1);
        var registrations = Meetings.Fill(meeting, 4);

        meeting.Update(new MeetingChanges(Capacity: 3), [registrations[3], registrations[1], registrations[2]], Now);

        Assert.Equal([RegistrationState.Registered, RegistrationState.Registered, RegistrationState.Registered, RegistrationState.Waitlisted],
            registrations.Select(r => r.State));
        Assert.Equal((3, 1), (meeting.RegisteredCount, meeting.WaitlistedCount));
    }

    [Fact]
    public void The_capacity_cannot_drop_below_the_seats_taken()
    {
        var meeting = Meetings.Planned(capacity: 5);
        Meetings.Fill(meeting, 4);

        var error = Assert.Throws<FailedPreconditionException>(() => meeting.Update(new MeetingChanges(Capacity: 3), [], Now));

        Assert.Contains("4 participants", error.Message, StringComparison.Ordinal);
        Assert.Equal(5, meeting.Capacity);
    }

    [Fact]
    public void Registrations_close_when_the_meeting_is_held()
    {
        var meeting = Meetings.Planned(capacity: 5, start: new DateOnly(2019, 3, 5), end: new DateOnly(2019, 3, 6));
        var registration = Meetings.Fill(meeting, 1)[0];
        meeting.Confirm(Now);
        meeting.MarkHeld(Now);

        var register = Assert.Throws<FailedPreconditionException>(() => meeting.Register("late", Meetings.Person(9), "person-9", Now));
        Assert.Throws<FailedPreconditionException>(() => meeting.Withdraw(registration, null, Now));

        Assert.Contains("closed", register.Message, StringComparison.Ordinal);
        Assert.Equal(1, meeting.RegisteredCount);
    }

    [Fact]
    public void Registrations_close_when_the_meeting_is_cancelled()
    {
        var meeting = Meetings.Planned(capacity: 5);
        meeting.Cancel("The host asked to postpone.", Now);

        Assert.Throws<FailedPreconditionException>(() => meeting.Register("late", Meetings.Person(1), "person-1", Now));
    }

    [Fact]
    public void The_email_key_ignores_case_and_surrounding_space()
    {
        var participant = Meetings.Person(1) with { Email = " Person1@Example.ORG " };

        Assert.Equal("person1@example.org", participant.EmailKey);
    }
}
