namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>A meeting was put in the calendar.</summary>
/// <param name="MeetingId">The meeting's slug, e.g. "tunis-2018".</param>
/// <param name="Kind">"peer-learning", "political-conference", "thematic-learning-event", "launch" or "other".</param>
/// <param name="ThemeIds">Theme slugs, e.g. "refugee-reception".</param>
/// <param name="HostCityId">The host city's slug; null for an event without a member host.</param>
/// <param name="TimeZone">IANA time zone of the dates, e.g. "Africa/Tunis".</param>
public sealed record MeetingScheduled(
    string MeetingId,
    string Kind,
    IReadOnlyList<string> ThemeIds,
    string? HostCityId,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZone,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
