namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>A planned or confirmed meeting moved to other dates (and perhaps another host).</summary>
public sealed record MeetingRescheduled(
    string MeetingId,
    string? PreviousHostCityId,
    DateOnly PreviousStartDate,
    DateOnly PreviousEndDate,
    string? HostCityId,
    DateOnly StartDate,
    DateOnly EndDate,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
