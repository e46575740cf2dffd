namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>
/// A revision of a city's migration profile was published. It never changes afterwards, so a
/// consumer can keep what it needs of it (e.g. the priorities, as candidates for action).
/// </summary>
/// <param name="Sections">The sections with content, by their proto field names ("synopsis", "local_context", ...).</param>
public sealed record ProfilePublished(
    string CityId,
    int Revision,
    IReadOnlyList<PublishedPriority> Priorities,
    IReadOnlyList<string> Sections,
    DateTimeOffset OccurredAt) : ICityEvent;

/// <summary>A priority identified with the city's stakeholders; <paramref name="Id"/> is stable within the profile.</summary>
public sealed record PublishedPriority(string Id, string TextEn, string TextFr, string TextAr, string Theme);
