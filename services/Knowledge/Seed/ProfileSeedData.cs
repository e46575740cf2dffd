using Mc2cm.Contracts.Common.V1;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Seed;

/// <summary>
/// Profiles of the nine phase I cities. Tunis and Lisbon are published with the facts of their
/// executive summaries (shared/domain.md); Turin is a draft holding the section outline of its
/// 2017 profile; the others are empty drafts for their local experts. No Arabic versions are
/// seeded: readers asking for Arabic get the best available language, with its name. Tunis's
/// priorities: its stakeholders' workshop of 17 November 2016 worked on priority areas, but the
/// sources publish no list; these are written for the suite, after the profile's findings.
/// </summary>
internal static class ProfileSeedData
{
    public const string Actor = "seed";

    public static readonly IReadOnlyList<string> PhaseOneCities = ["amman", "beirut", "lisbon", "lyon", "madrid", "tangier", "tunis", "turin", "vienna"];

    public static readonly IReadOnlyDictionary<string, ProfileContent> Published = new Dictionary<string, ProfileContent>
    {
        ["tunis"] = new()
        {
            Synopsis = Text(
                "Tunis, the capital, has 638,845 inhabitants (2014) in 15 délégations: 8.6 % of Tunisia's population. The Tunis governorate is home to 18 % of Tunisia's immigrants. The city loses people through internal migration: 62,642 arrivals against 91,791 departures between 2009 and 2014.",
                "Tunis, la capitale, compte 638 845 habitants (2014) répartis en 15 délégations, soit 8,6 % de la population tunisienne. Le gouvernorat de Tunis accueille 18 % des immigrés du pays. La ville perd des habitants par la migration interne : 62 642 arrivées contre 91 791 départs entre 2009 et 2014."),
            LocalContext = new LocalContext
            {
                InternalMigration = Text(
                    "Between 2009 and 2014, 62,642 people moved to Tunis from elsewhere in Tunisia and 91,791 left it.",
                    "Entre 2009 et 2014, 62 642 personnes sont venues s'installer à Tunis depuis le reste de la Tunisie et 91 791 l'ont quittée."),
            },
            DataReflections = new DataReflections { Sources = { "Tunis City Migration Profile (MC2CM)" } },
            Priorities =
            {
                Priority("keep-newcomers", "employment-entrepreneurship",
                    "Keep newcomers from other regions in the city, with jobs and affordable housing.",
                    "Retenir dans la ville les nouveaux arrivants des autres régions, par l'emploi et un logement abordable."),
                Priority("migration-data", "institutional-coordination",
                    "Collect figures on the migrants living in the city, which national surveys leave out.",
                    "Recueillir des données sur les migrants qui vivent dans la ville, que les enquêtes nationales ne couvrent pas."),
            },
        },
        ["lisbon"] = new()
        {
            Synopsis = Text(
                "Lisbon's migrants come mainly from Brazil, Cape Verde, China and Angola. The city receives about 250 asylum seekers a year; 52 % of its migrants are men.",
                "Les migrants de Lisbonne viennent surtout du Brésil, du Cap-Vert, de Chine et d'Angola. La ville accueille environ 250 demandeurs d'asile par an ; 52 % de ses migrants sont des hommes."),
            DataReflections = new DataReflections { Sources = { "Lisbon City Migration Profile (MC2CM)" } },
        },
    };

    public static readonly IReadOnlyDictionary<string, ProfileContent> Drafts = new Dictionary<string, ProfileContent>
    {
        ["turin"] = new()
        {
            Synopsis = Text(
                "Outline of the Turin City Migration Profile (2017): 1. Synopsis and reflections on migration data; 2. National context; 3. Local context; 4. Sectoral policies and access to rights and services; 5. Social and political inclusion; 6. Stakeholder mapping; 7. Priorities identified with the stakeholders.",
                "Plan du profil migratoire de la ville de Turin (2017) : 1. Synthèse et réflexions sur les données migratoires ; 2. Contexte national ; 3. Contexte local ; 4. Politiques sectorielles et accès aux droits et aux services ; 5. Inclusion sociale et politique ; 6. Cartographie des acteurs ; 7. Priorités identifiées avec les acteurs."),
        },
    };

    private static LocalizedText Text(string en, string fr) => new() { En = en, Fr = fr };

    private static IdentifiedPriority Priority(string id, string theme, string en, string fr) => new() { Id = id, Theme = theme, Text = Text(en, fr) };
}
