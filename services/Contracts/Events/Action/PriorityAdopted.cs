namespace Mc2cm.Contracts.Events.Action;

/// <summary>A city adopted a priority for action, resting on the evidence named.</summary>
/// <param name="ProfileRevisions">Published profile revisions it rests on, "profiles/{city}/revisions/{n}".</param>
/// <param name="RecommendationIds">Recommendations it rests on, by id.</param>
public sealed record PriorityAdopted(
    string PriorityId,
    string CityId,
    string Theme,
    DateOnly AdoptedOn,
    IReadOnlyList<string> ProfileRevisions,
    IReadOnlyList<string> RecommendationIds,
    DateTimeOffset OccurredAt) : ICityEvent;
