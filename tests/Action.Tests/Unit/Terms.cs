using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.BuildingBlocks.Localization;
using Objective = Mc2cm.Contracts.Action.V1.Objective;
using ApplicantType = Mc2cm.Contracts.Action.V1.ApplicantType;
using DocumentKind = Mc2cm.Contracts.Action.V1.DocumentKind;

namespace Mc2cm.Action.Tests.Unit;

/// <summary>A call like the 1st call for Targeted City Actions, and an application that meets every rule.</summary>
internal static class Terms
{
    public static CallTerms FirstCall(decimal? budget = null) => new("call-test", 1, new LocalizedText("Test call", "", ""), "targeted-city-actions",
        new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31), 50_000m, "EUR", budget, ["DZ", "EG", "JO", "LB", "LY", "MA", "TN"],
        [Objective.StakeholderCooperation, Objective.KnowledgeAndData, Objective.PolicyAndInstitutions, Objective.NarrativeAndDialogue],
        [ApplicantType.LocalGovernment, ApplicantType.RegionalGovernment, ApplicantType.CivilSociety], [ApplicantType.CivilSociety],
        [new Criterion("relevance", new LocalizedText("Relevance", "", ""), 10), new Criterion("feasibility", new LocalizedText("Feasibility", "", ""), 10)]);

    public static ApplicationDraft Sound(decimal amount = 40_000m) => new("call-test", "Municipality of Sfax", ApplicantType.LocalGovernment, "sfax",
        "Reception centre", amount, "EUR", [Objective.StakeholderCooperation], ["sfax-reception"], [],
        [new ApplicationDocument(DocumentKind.Proposal, "Proposal", "https://example.org/proposal.pdf")]);

    public static EligibilityFacts SfaxFacts() =>
        new("TN", CityIsMember: true, new Dictionary<string, (string, bool)> { ["sfax-reception"] = ("sfax", true) });
}
