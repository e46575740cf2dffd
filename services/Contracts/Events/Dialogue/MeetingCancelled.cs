namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>A meeting will not take place.</summary>
/// <param name="RegisteredCount">Participants who held a seat when it was cancelled.</param>
/// <param name="WaitlistedCount">Participants who were on the waiting list.</param>
public sealed record MeetingCancelled(
    string MeetingId,
    string? HostCityId,
    int RegisteredCount,
    int WaitlistedCount,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
