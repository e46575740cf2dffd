namespace Mc2cm.Dialogue.Meetings;

/// <summary>Kinds of Dialogue events.</summary>
public enum MeetingKind
{
    PeerLearning = 1,
    PoliticalConference = 2,
    ThematicLearningEvent = 3,
    Launch = 4,
    Other = 5,
}

/// <summary>Where participants meet.</summary>
public enum MeetingFormat
{
    InPerson = 1,
    Online = 2,
    Hybrid = 3,
}

/// <summary>A meeting's lifecycle: Planned → Confirmed → Held → Reported, or Cancelled.</summary>
public enum MeetingState
{
    Planned = 1,
    Confirmed = 2,
    Held = 3,
    Reported = 4,
    Cancelled = 5,
}

public static class MeetingKindNames
{
    /// <summary>The kind's name in events: "peer-learning", "political-conference", ...</summary>
    public static string ToEventName(this MeetingKind kind) => kind switch
    {
        MeetingKind.PeerLearning => "peer-learning",
        MeetingKind.PoliticalConference => "political-conference",
        MeetingKind.ThematicLearningEvent => "thematic-learning-event",
        MeetingKind.Launch => "launch",
        MeetingKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown meeting kind."),
    };
}
