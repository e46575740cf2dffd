namespace Mc2cm.Dialogue.Meetings;

/// <summary>Why the coordinators must look at a meeting, and since when.</summary>
public sealed record MeetingFlag(MeetingFlagReason Reason, string Description, DateTimeOffset FlaggedAt);

public enum MeetingFlagReason
{
    /// <summary>The host city left the network before the meeting: it can no longer host it.</summary>
    HostLeftNetwork = 1,
}
