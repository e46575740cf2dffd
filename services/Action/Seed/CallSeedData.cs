using Mc2cm.Action.Calls;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Action.V1;
using Criterion = Mc2cm.Action.Calls.Criterion;

namespace Mc2cm.Action.Seed;

/// <summary>
/// The three calls for Targeted City Actions (shared/domain.md). Known: the 1st call opened in
/// January 2019 with at most EUR 50,000 per action, in Algeria, Egypt, Jordan, Lebanon, Libya,
/// Morocco or Tunisia, for objectives A–D, from local or regional governments, civil society
/// with a letter of support from a public body; the 2nd call was on narrative and local
/// governance of migration; the 3rd (2021) on migrant-sensitive urban recovery. Inferred (the
/// sources do not say): the closing dates, the 2nd call's year (2020), that the 2nd and 3rd calls
/// kept the 1st call's rules, and the evaluation criteria.
/// </summary>
internal static class CallSeedData
{
    private static readonly string[] Countries = ["DZ", "EG", "JO", "LB", "LY", "MA", "TN"];
    private static readonly Objective[] AllObjectives = [Objective.StakeholderCooperation, Objective.KnowledgeAndData, Objective.PolicyAndInstitutions, Objective.NarrativeAndDialogue];
    private static readonly ApplicantType[] Applicants = [ApplicantType.LocalGovernment, ApplicantType.RegionalGovernment, ApplicantType.CivilSociety];

    private static readonly Criterion[] Criteria =
    [
        new("relevance", new LocalizedText("Relevance to the city's priorities", "Pertinence au regard des priorités de la ville", string.Empty), 10),
        new("feasibility", new LocalizedText("Feasibility", "Faisabilité", string.Empty), 10),
        new("sustainability", new LocalizedText("Sustainability", "Durabilité", string.Empty), 10),
    ];

    public static readonly IReadOnlyList<CallTerms> Calls =
    [
        Terms("call-1", 1, "1st call for Targeted City Actions", "1er appel pour des actions ciblées dans les villes", "targeted-city-actions", new(2019, 1, 1), new(2019, 3, 31)),
        Terms("call-2", 2, "2nd call: narrative and local governance of migration", "2e appel : récit et gouvernance locale des migrations", "narrative-and-local-governance", new(2020, 1, 1), new(2020, 3, 31)),
        Terms("call-3", 3, "3rd call: migrant-sensitive urban recovery", "3e appel : relance urbaine attentive aux migrants", "migrant-sensitive-urban-recovery", new(2021, 1, 1), new(2021, 3, 31)),
    ];

    /// <summary>
    /// Not from the sources: a 4th call on the 1st call's rules, open from two weeks before the day it
    /// is seeded to two months after, so a city can apply (docs/api.md); a budget for four actions.
    /// </summary>
    public static CallTerms Open(DateOnly today) =>
        Terms("call-4", 4, "4th call for Targeted City Actions", "4e appel pour des actions ciblées dans les villes", "targeted-city-actions",
            today.AddDays(-14), today.AddMonths(2)) with { Budget = 200_000m };

    private static CallTerms Terms(string id, int number, string en, string fr, string theme, DateOnly opensOn, DateOnly closesOn) =>
        new(id, number, new LocalizedText(en, fr, string.Empty), theme, opensOn, closesOn, 50_000m, "EUR", Budget: null,
            Countries, AllObjectives, Applicants, [ApplicantType.CivilSociety], Criteria);
}
