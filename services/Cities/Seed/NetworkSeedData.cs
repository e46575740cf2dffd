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

    /// <summary>
    /// The phases as far as public sources date them; each date's source is named beside it.
    /// No later phase is seeded: the project went on after March 2021 (a 3rd call for Targeted
    /// City Actions in June 2021, "Local Governance of Migration: Towards Migrants Sensitive Urban
    /// Recovery Responses", https://www.worldpulse.com/community/users/anaisabelbbp/resources/100053;
    /// a review of the 22-city network in early 2022, "Review of the MC2CM Project: Leveraging the
    /// potential of peer learning for local governments", https://learning.uclg.org/resources/eip_mc2cm_review/),
    /// but no ICMPD, UCLG, UN-Habitat or EU page found gives a later phase's first or last day.
    /// The coordinators add it (CreatePhase), open-ended while its end is not published.
    /// </summary>
    public static readonly IReadOnlyList<Phase> Phases =
    [
        // Start: the inception phase, in which UCLG built the network, ran "February 2015 – March 2016"
        // ("Connaissance, Dialogue et Action : les trois piliers du Projet Migration Ville à Ville en
        // Méditerranée", UCLG, 29.09.2016, https://uclg.org/fr/new/connaissance-dialogue-et-action-les-trois-piliers-du-projet-migration-ville-a-ville-en-mediterranee/).
        // It is the first part of phase I, not a phase beside it (phases share no day), so it is no
        // phase of its own here. End: no day is published; the phase was planned "over a period of
        // three years (2015-2018)" ("MC2CM project", UCLG Learning, https://www.learning.uclg.org/mc2cm-project)
        // and "concluded successfully its first phase (2015-2018)" ("Mediterranean City-to-City
        // Migration (MC2CM)", ICMPD, https://www.icmpd.org/our-work/projects/mc2cm): the planned
        // end, three years from February 2015, is the last day kept.
        new("phase-1", new LocalizedText("Phase I", "Phase I", "المرحلة الأولى"),
            new DateOnly(2015, 2, 1), new DateOnly(2018, 1, 31), []),
        // "MC2CM is in its second phase of implementation which began on 1 July 2018 and will run
        // until 31 March 2021" ("Call for Targeted City Actions - MC2CM", ICMPD,
        // https://www.icmpd.org/work-for-us/calls-for-actions/call-for-targeted-city-actions-mc2cm/; the
        // same in "2nd Call for Targeted City Actions - MC2CM",
        // https://www.icmpd.org/work-with-us/calls-for-actions/2nd-call-for-targeted-city-actions-mc2cm/).
        // Budget: "Action fiche of the EU Trust Fund ... T05-EUTF-NOA-REG-02, Mediterranean City-to-City
        // Migration (MC2CM) – Phase II", Ref. Ares(2017)4669073,
        // https://www.asktheeu.org/fr/request/4556/response/14615/attach/html/5/Annex%20III.pdf.html.
        new("phase-2", new LocalizedText("Phase II", "Phase II", "المرحلة الثانية"),
            new DateOnly(2018, 7, 1), new DateOnly(2021, 3, 31),
            [
                new BudgetLine("eu", "EU Trust Fund for Africa (North of Africa window)", 5_550_000m, "EUR"),
                new BudgetLine("sdc", "Swiss Agency for Development and Cooperation (SDC)", 250_000m, "EUR"),
                new BudgetLine(string.Empty, "Partners' contribution", 275_000m, "EUR"),
            ]),
    ];
}
