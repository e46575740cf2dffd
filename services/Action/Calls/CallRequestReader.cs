using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Calls;

/// <summary>Reads a CreateCall request into a call's terms, naming every bad field.</summary>
public static class CallRequestReader
{
    public const string Collection = "calls";

    public static CallTerms ReadCreate(Proto.CreateCallRequest request)
    {
        var violations = new FieldViolations();
        violations.Slug("call_id", request.CallId);
        var call = request.Call ?? new Proto.Call();
        violations.Check(call.Number is > 0 and < 1_000, "call.number", "must be from 1 to 999.", FieldReason.Range(1, 999));
        var title = violations.ReadLocalizedText("call.title", call.Title, 300);
        if (call.Theme.Length > 0) violations.Slug("call.theme", call.Theme);
        var opensOn = violations.ReadDate("call.opens_on", call.OpensOn);
        var closesOn = violations.ReadDate("call.closes_on", call.ClosesOn);
        violations.Check(opensOn is null || closesOn is null || closesOn >= opensOn, "call.closes_on", "must not be before opens_on.", FieldReason.MustFollow("call.opens_on"));
        var (maxGrant, currency) = ReadMoney(violations, "call.max_grant", call.MaxGrant, required: true);
        var (budget, budgetCurrency) = ReadMoney(violations, "call.budget", call.Budget, required: false);
        violations.Check(call.Budget is null || budgetCurrency == currency, "call.budget", "must be in the currency of max_grant.", FieldReason.WrongCurrency(currency));
        violations.Check(call.Budget is null || budget >= maxGrant, "call.budget", "must be at least max_grant.", FieldReason.AtLeast(maxGrant));
        for (var i = 0; i < call.EligibleCountries.Count; i++)
        {
            violations.CountryCode($"call.eligible_countries[{i}]", call.EligibleCountries[i]);
        }

        violations.Check(call.Objectives.Count > 0 && call.Objectives.All(Defined), "call.objectives", "must list one or more objectives (OBJECTIVE_STAKEHOLDER_COOPERATION...).",
            call.Objectives.Count == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        violations.Check(call.EligibleApplicantTypes.Count > 0 && call.EligibleApplicantTypes.All(Defined), "call.eligible_applicant_types", "must list one or more applicant types.",
            call.EligibleApplicantTypes.Count == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        violations.Check(call.SupportLetterRequiredFor.All(Defined), "call.support_letter_required_for", "must list applicant types.", FieldReasons.NotAllowed);
        var criteria = ReadCriteria(violations, call.Criteria);
        violations.ThrowIfAny();
        return new CallTerms(request.CallId, call.Number, title, call.Theme, opensOn!.Value, closesOn!.Value, maxGrant, currency,
            call.Budget is null ? null : budget, call.EligibleCountries.Distinct().ToList(), call.Objectives.Distinct().ToList(),
            call.EligibleApplicantTypes.Distinct().ToList(), call.SupportLetterRequiredFor.Distinct().ToList(), criteria);
    }

    /// <summary>A positive amount in whole units and cents of an ISO 4217 currency.</summary>
    public static (decimal Amount, string Currency) ReadMoney(FieldViolations violations, string field, Google.Type.Money? money, bool required)
    {
        if (money is null)
        {
            violations.Require(!required, field);
            return (0, string.Empty);
        }

        var amount = money.ToDecimal();
        violations.CurrencyCode($"{field}.currency_code", money.CurrencyCode);
        var inRange = amount > 0 && amount <= 1_000_000_000;
        violations.Check(inRange && money.IsWholeCents(), field, "must be a positive amount up to 1,000,000,000 with at most two decimals.",
            inRange ? FieldReasons.InvalidFormat : FieldReason.Range(0.01m, 1_000_000_000));
        return (amount, money.CurrencyCode);
    }

    private static List<Criterion> ReadCriteria(FieldViolations violations, IReadOnlyList<Proto.Criterion> criteria)
    {
        violations.Check(criteria.Count is > 0 and <= 20, "call.criteria", "must list from 1 to 20 criteria.",
            criteria.Count == 0 ? FieldReasons.Required : FieldReason.TooMany(20));
        violations.Check(criteria.Select(c => c.Id).Distinct().Count() == criteria.Count, "call.criteria", "must have distinct ids.", FieldReasons.Duplicate);
        for (var i = 0; i < criteria.Count; i++)
        {
            violations.Slug($"call.criteria[{i}].id", criteria[i].Id);
            violations.ReadLocalizedText($"call.criteria[{i}].name", criteria[i].Name, 200);
            violations.Check(criteria[i].MaxScore is > 0 and <= 100, $"call.criteria[{i}].max_score", "must be from 1 to 100.", FieldReason.Range(1, 100));
        }

        return criteria.Select(c => new Criterion(c.Id, new LocalizedText(c.Name?.En ?? string.Empty, c.Name?.Fr ?? string.Empty, c.Name?.Ar ?? string.Empty), c.MaxScore)).ToList();
    }

    private static bool Defined<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.IsDefined(value) && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0;
}
