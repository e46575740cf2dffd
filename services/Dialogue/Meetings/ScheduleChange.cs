namespace Mc2cm.Dialogue.Meetings;

/// <summary>One rescheduling of a meeting: where and when it was, where and when it moved to, why and by whom.</summary>
public sealed record ScheduleChange(
    DateOnly PreviousStart,
    DateOnly PreviousEnd,
    string? PreviousHostCityId,
    DateOnly Start,
    DateOnly End,
    string? HostCityId,
    string Reason,
    string Actor,
    DateTimeOffset ChangedAt);
