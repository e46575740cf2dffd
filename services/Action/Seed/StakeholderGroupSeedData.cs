using Mc2cm.Action.StakeholderGroups;
using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Action.Seed;

/// <summary>
/// The local dialogue workshops the sources record (shared/domain.md). Their members and the
/// number of participants are not known: the groups start with no members and 0 (unknown).
/// </summary>
internal static class StakeholderGroupSeedData
{
    public static readonly IReadOnlyList<(string CityId, GroupWorkshop Workshop)> Workshops =
    [
        ("lisbon", new GroupWorkshop(new DateOnly(2016, 9, 20), 0,
            new LocalizedText("Stakeholder workshop of the local dialogue.", "Atelier des acteurs du dialogue local.", string.Empty))),
        ("tunis", new GroupWorkshop(new DateOnly(2016, 11, 17), 0,
            new LocalizedText(
                "Workshop on priority areas and pilot-project ideas, then presented to the City Council.",
                "Atelier sur les domaines prioritaires et les idées de projets pilotes, présentés ensuite au conseil municipal.",
                string.Empty))),
    ];
}
