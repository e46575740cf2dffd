using Mc2cm.Contracts.Action.V1;
using Call = Mc2cm.Action.Calls.Call;

namespace Mc2cm.Action.Applications;

/// <summary>What eligibility depends on beyond the application: its city and its linked priorities.</summary>
/// <param name="CityCountry">The city's country, or null when the city is not known.</param>
/// <param name="PriorityCities">Each linked priority id → (its city, whether it is adopted); missing ids are unknown priorities.</param>
public sealed record EligibilityFacts(string? CityCountry, bool CityIsMember, IReadOnlyDictionary<string, (string CityId, bool Adopted)> PriorityCities);

/// <summary>
/// The call's eligibility rules. Every rule is checked and every failure reported by name, so an
/// applicant learns all that is wrong at once.
/// </summary>
public static class EligibilityRules
{
    public const string CityIsMember = "CITY_IS_MEMBER";
    public const string CountryEligible = "COUNTRY_ELIGIBLE";
    public const string ApplicantTypeEligible = "APPLICANT_TYPE_ELIGIBLE";
    public const string SupportLetterPresent = "SUPPORT_LETTER_PRESENT";
    public const string AmountWithinMaximum = "AMOUNT_WITHIN_MAXIMUM";
    public const string ObjectivesOfCall = "OBJECTIVES_OF_CALL";
    public const string PrioritiesOfCity = "PRIORITIES_OF_CITY";

    public static IReadOnlyList<FailedRule> Check(Call call, ApplicationDraft application, EligibilityFacts facts)
    {
        var failed = new List<FailedRule>();
        void Fail(string rule, string description) => failed.Add(new FailedRule(rule, description));

        if (!facts.CityIsMember)
        {
            Fail(CityIsMember, $"cities/{application.CityId} is not a member of the network.");
        }

        if (call.EligibleCountries.Count > 0 && (facts.CityCountry is null || !call.EligibleCountries.Contains(facts.CityCountry)))
        {
            Fail(CountryEligible, $"Actions of {call.ResourceName} take place in {string.Join(", ", call.EligibleCountries)}; cities/{application.CityId} is in {facts.CityCountry ?? "an unknown country"}.");
        }

        if (call.EligibleApplicantTypes.Count > 0 && !call.EligibleApplicantTypes.Contains(application.ApplicantType))
        {
            Fail(ApplicantTypeEligible, $"{call.ResourceName} takes applications from {string.Join(", ", call.EligibleApplicantTypes)}, not {application.ApplicantType}.");
        }

        if (call.SupportLetterRequiredFor.Contains(application.ApplicantType) && application.Documents.All(d => d.Kind != DocumentKind.SupportLetter))
        {
            Fail(SupportLetterPresent, $"A {application.ApplicantType} applicant needs a letter of support from a public body (a SUPPORT_LETTER document).");
        }

        if (application.Currency != call.Currency || application.RequestedAmount > call.MaxGrant)
        {
            Fail(AmountWithinMaximum, $"{call.ResourceName} grants at most {call.Currency} {call.MaxGrant:N0} per action; {application.Currency} {application.RequestedAmount:N0} was asked.");
        }

        var outside = application.Objectives.Where(o => !call.Objectives.Contains(o)).ToList();
        if (outside.Count > 0)
        {
            Fail(ObjectivesOfCall, $"{call.ResourceName} does not cover {string.Join(", ", outside)}.");
        }

        foreach (var priority in application.PriorityIds)
        {
            if (!facts.PriorityCities.TryGetValue(priority, out var linked))
            {
                Fail(PrioritiesOfCity, $"priorities/{priority} does not exist.");
            }
            else if (linked.CityId != application.CityId || !linked.Adopted)
            {
                Fail(PrioritiesOfCity, $"priorities/{priority} is not an adopted priority of cities/{application.CityId}.");
            }
        }

        return failed;
    }
}
