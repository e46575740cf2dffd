namespace Mc2cm.Contracts.Events.Action;

/// <summary>A Targeted City Action was funded (an application was selected).</summary>
public sealed record ActionFunded(
    string ActionId,
    string CallId,
    string CityId,
    string? ApplicationId,
    decimal? Budget,
    string Currency,
    IReadOnlyList<string> PriorityIds,
    IReadOnlyList<string> RecommendationIds,
    DateTimeOffset OccurredAt) : ICityEvent;
