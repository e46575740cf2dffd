using Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Web.Features.Actions;

/// <summary>
/// One piece of evidence the picker offers, posted as its code (hidden) and whether it is ticked.
/// Every offered piece is posted with its index, ticked or not, so the list binds without gaps.
/// </summary>
public sealed class EvidenceChoice
{
    public string? Code { get; set; }

    public bool Picked { get; set; }

    /// <summary>"finding|profiles/tunis/revisions/2|priorities|housing": a profile finding (its priority id may be empty).</summary>
    public static string FindingCode(string revision, string section, string priorityId = "") => $"finding|{revision}|{section}|{priorityId}";

    /// <summary>"recommendation|recommendations/lisbon-2016-1".</summary>
    public static string RecommendationCode(string recommendation) => $"recommendation|{recommendation}";

    public static string CodeOf(Evidence evidence) => evidence.SourceCase == Evidence.SourceOneofCase.Recommendation
        ? RecommendationCode(evidence.Recommendation)
        : FindingCode(evidence.Profile.Revision, evidence.Profile.Section, evidence.Profile.PriorityId);

    /// <summary>The evidence a code stands for; an unknown code stands for nothing (the service is not sent it).</summary>
    public static Evidence? Read(string? code)
    {
        var parts = (code ?? string.Empty).Split('|');
        return parts switch
        {
            ["finding", var revision, var section, var priorityId] =>
                new Evidence { Profile = new ProfileFinding { Revision = revision, Section = section, PriorityId = priorityId } },
            ["recommendation", var recommendation] => new Evidence { Recommendation = recommendation },
            _ => null,
        };
    }

    /// <summary>The ticked choices, in the order offered, as the services take them.</summary>
    public static IEnumerable<Evidence> Picks(IEnumerable<EvidenceChoice> choices) =>
        choices.Where(c => c.Picked).Select(c => Read(c.Code)).OfType<Evidence>();
}
