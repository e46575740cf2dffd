using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Cities.Network;

namespace Mc2cm.Cities.Seed;

/// <summary>
/// The programme's partners and phases, from the project's public sources (see shared/domain.md):
/// ICMPD leads with UCLG and UN-Habitat; the EU funds it, and Switzerland's SDC co-funds phase II.
/// </summary>
internal static class NetworkSeedData
{
    public static readonly IReadOnlyList<Partner> Partners =
    [
        new("icmpd", "ICMPD",
            new LocalizedText("International Centre for Migration Policy Development", "Centre international pour le développement des politiques migratoires", "المركز الدولي لتطوير سياسات الهجرة"),
            PartnerRole.Lead, "Leads the project and brings migration-policy expertise."),
        new("uclg", "UCLG",
            new LocalizedText("United Cities and Local Governments", "Cités et Gouvernements Locaux Unis (CGLU)", "منظمة المدن والحكومات المحلية المتحدة"),
            PartnerRole.Partner, "Built the city network in the inception phase and coordinates the cities' participation; brings local governments, city-to-city work and peer learning."),
        new("un-habitat", "UN-Habitat",
            new LocalizedText("United Nations Human Settlements Programme", "Programme des Nations Unies pour les établissements humains (ONU-Habitat)", "برنامج الأمم المتحدة للمستوطنات البشرية"),
            PartnerRole.Partner, "Brings urban planning and housing expertise."),
        new("eu", "EU",
            new LocalizedText("European Union (European Commission)", "Union européenne (Commission européenne)", "الاتحاد الأوروبي"),
            PartnerRole.Funder, "Funds the project; phase II through the EU Trust Fund for Africa (North of Africa window)."),
        new("sdc", "SDC",
            new LocalizedText("Swiss Agency for Development and Cooperation", "Direction du développement et de la coopération (DDC)", "الوكالة السويسرية للتنمية والتعاون"),
            PartnerRole.Funder, "Co-funds phase II."),
    ];

    public static readonly IReadOnlyList<Phase> Phases =
    [
        new("inception", new LocalizedText("Inception phase", "Phase de démarrage", "المرحلة التمهيدية"),
            new DateOnly(2015, 2, 1), new DateOnly(2016, 3, 31), []),
        // Phase I was planned for three years from February 2015; its end date is the planned one.
        new("phase-1", new LocalizedText("Phase I", "Phase I", "المرحلة الأولى"),
            new DateOnly(2015, 2, 1), new DateOnly(2018, 1, 31), []),
        new("phase-2", new LocalizedText("Phase II", "Phase II", "المرحلة الثانية"),
            new DateOnly(2018, 7, 1), new DateOnly(2021, 3, 31),
            [
                new BudgetLine("eu", "EU Trust Fund for Africa (North of Africa window)", 5_550_000m, "EUR"),
                new BudgetLine("sdc", "Swiss Agency for Development and Cooperation (SDC)", 250_000m, "EUR"),
                new BudgetLine(string.Empty, "Partners' contribution", 275_000m, "EUR"),
            ]),
    ];
}
