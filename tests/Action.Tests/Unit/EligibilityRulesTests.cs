using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Objective = Mc2cm.Contracts.Action.V1.Objective;
using ApplicantType = Mc2cm.Contracts.Action.V1.ApplicantType;
using DocumentKind = Mc2cm.Contracts.Action.V1.DocumentKind;

namespace Mc2cm.Action.Tests.Unit;

public sealed class EligibilityRulesTests
{
    private static readonly Call Call = Mc2cm.Action.Calls.Call.Draft(Terms.FirstCall());

    private static IEnumerable<string> Failed(ApplicationDraft application, EligibilityFacts? facts = null) =>
        EligibilityRules.Check(Call, application, facts ?? Terms.SfaxFacts()).Select(r => r.Rule);

    [Fact]
    public void A_sound_application_passes_every_rule() => Assert.Empty(Failed(Terms.Sound()));

    [Fact]
    public void A_city_outside_the_network_fails_city_is_member() =>
        Assert.Equal([EligibilityRules.CityIsMember], Failed(Terms.Sound(), Terms.SfaxFacts() with { CityIsMember = false }));

    [Fact]
    public void A_city_outside_the_eligible_countries_fails_country_eligible() =>
        Assert.Equal([EligibilityRules.CountryEligible], Failed(Terms.Sound(), Terms.SfaxFacts() with { CityCountry = "ES" }));

    [Fact]
    public void More_than_the_maximum_grant_fails_amount_within_maximum()
    {
        Assert.Empty(Failed(Terms.Sound(50_000m)));
        Assert.Equal([EligibilityRules.AmountWithinMaximum], Failed(Terms.Sound(50_000.01m)));
        Assert.Equal([EligibilityRules.AmountWithinMaximum], Failed(Terms.Sound() with { Currency = "USD" }));
    }

    [Fact]
    public void Civil_society_needs_a_support_letter()
    {
        var withoutLetter = Terms.Sound() with { ApplicantType = ApplicantType.CivilSociety };
        var withLetter = withoutLetter with { Documents = [.. withoutLetter.Documents, new ApplicationDocument(DocumentKind.SupportLetter, "Letter of the governorate", "https://example.org/letter.pdf")] };

        Assert.Equal([EligibilityRules.SupportLetterPresent], Failed(withoutLetter));
        Assert.Empty(Failed(withLetter));
    }

    [Fact]
    public void An_applicant_type_the_call_does_not_take_fails_applicant_type_eligible()
    {
        var narrowCall = Mc2cm.Action.Calls.Call.Draft(Terms.FirstCall() with { EligibleApplicantTypes = [ApplicantType.LocalGovernment] });

        var failed = EligibilityRules.Check(narrowCall, Terms.Sound() with { ApplicantType = ApplicantType.RegionalGovernment }, Terms.SfaxFacts());

        Assert.Equal([EligibilityRules.ApplicantTypeEligible], failed.Select(r => r.Rule));
    }

    [Fact]
    public void Objectives_outside_the_call_fail_objectives_of_call()
    {
        var narrowCall = Mc2cm.Action.Calls.Call.Draft(Terms.FirstCall() with { Objectives = [Objective.KnowledgeAndData] });

        var failed = EligibilityRules.Check(narrowCall, Terms.Sound(), Terms.SfaxFacts());

        Assert.Equal([EligibilityRules.ObjectivesOfCall], failed.Select(r => r.Rule));
        Assert.Contains("StakeholderCooperation", failed[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Linked_priorities_must_be_adopted_priorities_of_the_city()
    {
        var facts = Terms.SfaxFacts() with
        {
            PriorityCities = new Dictionary<string, (string, bool)> { ["tunis-housing"] = ("tunis", true), ["sfax-draft"] = ("sfax", false) },
        };

        var failed = EligibilityRules.Check(Call, Terms.Sound() with { PriorityIds = ["tunis-housing", "sfax-draft", "nowhere"] }, facts);

        Assert.Equal(3, failed.Count(r => r.Rule == EligibilityRules.PrioritiesOfCity));
    }

    [Fact]
    public void Every_failed_rule_is_reported_by_name_at_once()
    {
        var everythingWrong = Terms.Sound(90_000m) with { ApplicantType = ApplicantType.CivilSociety, PriorityIds = ["nowhere"] };

        var failed = Failed(everythingWrong, Terms.SfaxFacts() with { CityCountry = "FR", CityIsMember = false });

        Assert.Equal(
            [EligibilityRules.CityIsMember, EligibilityRules.CountryEligible, EligibilityRules.SupportLetterPresent, EligibilityRules.AmountWithinMaximum, EligibilityRules.PrioritiesOfCity],
            failed);
    }
}
