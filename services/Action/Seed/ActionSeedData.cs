using Mc2cm.Action.Actions;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Seed;

/// <summary>
/// The funded actions the sources name (shared/domain.md): Sfax's ACMALS and Tangier's
/// TangerAccueil, with their outputs and results. Inferred: both came from the 1st call; both
/// were completed by the 2022 review (one report dated 31 Dec 2022); their SDG targets (from the
/// examples MC2CM uses: 10.7, 16.6, 17.9) and objectives. Their budgets are not known and stay unset.
/// </summary>
internal static class ActionSeedData
{
    public sealed record SeedAction(FundingDecision Decision, IReadOnlyList<ActionResultFigure> Results);

    /// <summary>The day of the one report seeded for each action (inferred: the 2022 review).</summary>
    public static readonly DateOnly ReportedOn = new(2022, 12, 31);

    public static readonly IReadOnlyList<SeedAction> Actions =
    [
        new(new FundingDecision("sfax-acmals", new LocalizedText("ACMALS", "ACMALS", string.Empty),
            new LocalizedText(
                "Trainings, exchange visits, a local migration platform, a reception centre and a recommendations booklet.",
                "Formations, visites d'échange, une plateforme locale des migrations, un centre d'accueil et un livret de recommandations.",
                string.Empty),
            "sfax", "call-1", null, [Objective.StakeholderCooperation, Objective.PolicyAndInstitutions], null, "EUR",
            ["10.7", "16.6"], [], [], []), []),
        new(new FundingDecision("tanger-accueil", new LocalizedText("TangerAccueil", "TangerAccueil", string.Empty),
            new LocalizedText(
                "A one-stop shop for migrants and a migration council.",
                "Un guichet unique pour les migrants et un conseil des migrations.",
                string.Empty),
            "tangier", "call-1", null, [Objective.StakeholderCooperation, Objective.NarrativeAndDialogue], null, "EUR",
            ["10.7", "16.6", "17.9"], [], [], []),
            [new ActionResultFigure("people reached", 300, "persons"), new ActionResultFigure("civil society organisations involved", 10, "organisations")]),
    ];
}
