using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Calls;

/// <summary>One eligibility rule as the applicant reads it: passed, or failed with the service's reason (in English).</summary>
public sealed record RuleOutcome(string Rule, Text Name, bool Passed, string? Why);

/// <summary>
/// Every eligibility rule the application was checked against, passed or failed. The service
/// reports only the failed rules (Application.eligibility); the rules that applied follow from the
/// call's terms and the application (services/Action/Applications/EligibilityRules.cs), so the
/// others passed. A failed rule this list does not know is still shown, by its name.
/// </summary>
public static class EligibilityReport
{
    public static IReadOnlyList<RuleOutcome> Of(Call call, Application application)
    {
        var failed = application.Eligibility?.FailedRules ?? [];
        var applied = new List<(string Rule, Text Name)>
        {
            ("CITY_IS_MEMBER", new("The city is a member of the network", "La ville est membre du réseau", "المدينة عضو في الشبكة")),
        };
        if (call.EligibleCountries.Count > 0)
        {
            applied.Add(("COUNTRY_ELIGIBLE", new("The city is in an eligible country", "La ville est dans un pays éligible", "المدينة في بلد مؤهل")));
        }

        if (call.EligibleApplicantTypes.Count > 0)
        {
            applied.Add(("APPLICANT_TYPE_ELIGIBLE", new("The applicant is of a kind the call takes", "Le candidat est d'un type que l'appel accepte", "المتقدّم من نوع تقبله الدعوة")));
        }

        if (call.SupportLetterRequiredFor.Contains(application.ApplicantType))
        {
            applied.Add(("SUPPORT_LETTER_PRESENT", new("A letter of support from a public body is attached", "Une lettre de soutien d'un organisme public est jointe", "أُرفقت رسالة دعم من جهة عامة")));
        }

        applied.Add(("AMOUNT_WITHIN_MAXIMUM", new("The amount is within the largest grant", "Le montant ne dépasse pas la subvention maximale", "المبلغ ضمن الحد الأقصى للمنحة")));
        applied.Add(("OBJECTIVES_OF_CALL", new("The objectives are the call's", "Les objectifs sont ceux de l'appel", "الأهداف من أهداف الدعوة")));
        if (application.Priorities.Count > 0)
        {
            applied.Add(("PRIORITIES_OF_CITY", new("The priorities are adopted priorities of the city", "Les priorités sont des priorités adoptées par la ville", "الأولويات معتمدة من المدينة")));
        }

        var outcomes = applied.Select(r => Outcome(r.Rule, r.Name, failed)).ToList();
        outcomes.AddRange(failed.Where(f => applied.All(r => r.Rule != f.Rule)).GroupBy(f => f.Rule)
            .Select(g => Outcome(g.Key, new Text(g.Key, g.Key, g.Key), failed)));
        return outcomes;
    }

    private static RuleOutcome Outcome(string rule, Text name, IEnumerable<FailedRule> failed)
    {
        var reasons = failed.Where(f => f.Rule == rule).Select(f => f.Description).ToList();
        return new RuleOutcome(rule, name, reasons.Count == 0, reasons.Count == 0 ? null : string.Join(" ", reasons));
    }
}
