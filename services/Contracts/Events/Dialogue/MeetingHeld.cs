namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>A meeting took place; its registrations are closed.</summary>
/// <param name="RegisteredCount">Participants registered with a seat when it was held.</param>
public sealed record MeetingHeld(
    string MeetingId,
    string Kind,
    IReadOnlyList<string> ThemeIds,
    string? HostCityId,
    DateOnly StartDate,
    DateOnly EndDate,
    int RegisteredCount,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
