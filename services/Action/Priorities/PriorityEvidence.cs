namespace Mc2cm.Action.Priorities;

/// <summary>
/// One piece of evidence: a finding of a published profile revision ("profiles/{city}/revisions/{n}",
/// a section, and maybe an identified priority's id), or an adopted recommendation.
/// </summary>
public sealed record PriorityEvidence(string? ProfileRevision, string? Section, string? ProfilePriorityId, string? RecommendationId)
{
    public static PriorityEvidence Finding(string revision, string section, string? priorityId = null) => new(revision, section, priorityId, null);

    public static PriorityEvidence Recommendation(string recommendationId) => new(null, null, null, recommendationId);

    public bool IsProfileFinding => ProfileRevision is not null;
}
