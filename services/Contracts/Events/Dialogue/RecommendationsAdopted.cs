namespace Mc2cm.Contracts.Events.Dialogue;

/// <summary>
/// A held meeting adopted its outcomes: recommendations (which the Action component links
/// funded actions to) and, for a political conference, political messages.
/// </summary>
public sealed record RecommendationsAdopted(
    string MeetingId,
    string Kind,
    IReadOnlyList<AdoptedRecommendation> Recommendations,
    IReadOnlyList<MultilingualText> PoliticalMessages,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>One adopted recommendation.</summary>
/// <param name="RecommendationId">Its slug, e.g. "tangier-2016-1" (resource "recommendations/tangier-2016-1").</param>
/// <param name="Addressees">"cities", "partners" and/or "national-level".</param>
public sealed record AdoptedRecommendation(
    string RecommendationId,
    MultilingualText Text,
    IReadOnlyList<string> ThemeIds,
    IReadOnlyList<string> Addressees);
