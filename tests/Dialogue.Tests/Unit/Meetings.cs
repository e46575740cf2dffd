using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Registrations;

namespace Mc2cm.Dialogue.Tests.Unit;

/// <summary>Meetings and participants for the rule tests, built through the domain itself.</summary>
internal static class Meetings
{
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);

    public static Meeting Planned(int capacity = 0, DateOnly? start = null, DateOnly? end = null, MeetingKind kind = MeetingKind.PeerLearning) =>
        Meeting.Schedule(new NewMeeting(
            "tunis-2031", kind, new LocalizedText("Peer-learning meeting", "", ""), ["refugee-reception"], "tunis", "", "UCLG",
            new MeetingDates(start ?? new DateOnly(2031, 5, 12), end ?? new DateOnly(2031, 5, 13), "Africa/Tunis"),
            MeetingFormat.InPerson, ["en", "fr"], capacity,
            [new AgendaSession(new LocalizedText("Field visit", "", ""), 2, WorkingMethod.FieldVisit)], []), Now);

    /// <summary>A meeting that took place in 2019, confirmed and marked held.</summary>
    public static Meeting Held(MeetingKind kind = MeetingKind.PeerLearning)
    {
        var meeting = Planned(start: new DateOnly(2019, 3, 5), end: new DateOnly(2019, 3, 6), kind: kind);
        meeting.Confirm(Now);
        meeting.MarkHeld(Now);
        return meeting;
    }

    public static Participant Person(int n) =>
        new($"Participant {n}", "City of Tunis", "tunis", ParticipantRole.CityStaff, $"person{n}@example.org");

    /// <summary>Registers <paramref name="count"/> people, in order.</summary>
    public static List<Registration> Fill(Meeting meeting, int count) =>
        Enumerable.Range(1, count).Select(n => meeting.Register($"r{n}", Person(n), $"person-{n}", Now)).ToList();
}
