using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Outcomes;

namespace Mc2cm.Dialogue.Seed;

/// <summary>
/// Every meeting and conference of the Dialogue calendar in shared/domain.md, with its place,
/// dates and theme. Marked inferences: the kind of the phase II events in Tunis, Sfax and
/// Grenoble (the sources list them with the peer-learning meetings; Grenoble, online like
/// Seville, is taken as a thematic learning event); the in-person format of every event not
/// said to be online; the time zone of each place (that of the city; for the online events,
/// that of the organising city). Brussels is no member city, so the MC2CM Days have no host city,
/// only a location. Titles are built from the theme names (see ThemeSeedData).
/// </summary>
internal static class MeetingSeedData
{
    public sealed record SeedMeeting(
        string Id, MeetingKind Kind, string? ThemeId, string? HostCityId, string Location,
        DateOnly Start, DateOnly End, string TimeZone, MeetingFormat Format = MeetingFormat.InPerson,
        LocalizedText? Names = null, string CoOrganiser = "");

    private static readonly LocalizedText MidTermConference = new("Mid-term conference", "Conférence de mi-parcours", "مؤتمر منتصف المدة");
    private static readonly LocalizedText HighLevelConference = new("High-level conference", "Conférence de haut niveau", "المؤتمر رفيع المستوى");
    private static readonly LocalizedText PhaseTwoLaunch = new("Phase II launch", "Lancement de la phase II", "إطلاق المرحلة الثانية");
    private static readonly LocalizedText Days = new("MC2CM Days", "Journées MC2CM", "أيام MC2CM");
    private static readonly LocalizedText LearningEvent = new("Thematic learning event", "Événement d'apprentissage thématique", "فعالية تعلم موضوعية");

    public static readonly IReadOnlyList<SeedMeeting> Meetings =
    [
        new("lisbon-2016", MeetingKind.PeerLearning, "social-cohesion", "lisbon", "", new(2016, 7, 12), new(2016, 7, 13), "Europe/Lisbon",
            CoOrganiser: "UCLG Committee on Social Inclusion, Participatory Democracy and Human Rights"),
        new("madrid-2016", MeetingKind.PeerLearning, "employment-entrepreneurship", "madrid", "", new(2016, 11, 3), new(2016, 11, 4), "Europe/Madrid"),
        new("tangier-2016", MeetingKind.PeerLearning, "human-rights-basic-services", "tangier", "", new(2016, 11, 28), new(2016, 11, 29), "Africa/Casablanca"),
        new("tangier-2016-conference", MeetingKind.PoliticalConference, null, "tangier", "", new(2016, 11, 29), new(2016, 11, 29), "Africa/Casablanca",
            Names: MidTermConference),
        new("vienna-2017", MeetingKind.PeerLearning, "refugee-reception", "vienna", "", new(2017, 2, 14), new(2017, 2, 15), "Europe/Vienna"),
        new("amman-2017", MeetingKind.PeerLearning, "urban-planning-housing", "amman", "", new(2017, 4, 25), new(2017, 4, 26), "Asia/Amman"),
        new("turin-2017", MeetingKind.PeerLearning, "education-language", "turin", "", new(2017, 7, 11), new(2017, 7, 12), "Europe/Rome"),
        new("beirut-2017-conference", MeetingKind.PoliticalConference, null, "beirut", "", new(2017, 11, 7), new(2017, 11, 8), "Asia/Beirut",
            Names: HighLevelConference),
        new("lyon-2017", MeetingKind.PeerLearning, "institutional-coordination", "lyon", "", new(2017, 12, 12), new(2017, 12, 13), "Europe/Paris"),
        new("tunis-2018", MeetingKind.PeerLearning, "communication-on-migration", "tunis", "", new(2018, 9, 18), new(2018, 9, 19), "Africa/Tunis"),
        new("vienna-2018-launch", MeetingKind.Launch, null, "vienna", "", new(2018, 10, 17), new(2018, 10, 18), "Europe/Vienna", Names: PhaseTwoLaunch),
        new("sfax-2019", MeetingKind.PeerLearning, "local-governments-civil-society", "sfax", "", new(2019, 6, 25), new(2019, 6, 26), "Africa/Tunis"),
        new("seville-2020", MeetingKind.ThematicLearningEvent, null, "seville", "Online", new(2020, 6, 15), new(2020, 6, 18), "Europe/Madrid",
            MeetingFormat.Online, Names: LearningEvent),
        new("grenoble-2021", MeetingKind.ThematicLearningEvent, "urban-citizenship", "grenoble", "Online", new(2021, 3, 16), new(2021, 3, 18), "Europe/Paris",
            MeetingFormat.Online),
        new("brussels-2021-mc2cm-days", MeetingKind.Other, null, null, "Brussels", new(2021, 9, 20), new(2021, 9, 24), "Europe/Brussels", Names: Days),
    ];

    /// <summary>
    /// Not from the sources: a confirmed meeting still to come, so the calendar has a next meeting
    /// to register for (docs/api.md). Its theme is the one shared theme no meeting has had yet;
    /// its dates follow the day it is seeded, two months on.
    /// </summary>
    public static SeedMeeting Upcoming(DateOnly today) =>
        new("rabat-unaccompanied-minors", MeetingKind.PeerLearning, "unaccompanied-minors", "rabat", "", today.AddMonths(2), today.AddMonths(2).AddDays(1), "Africa/Casablanca");

    /// <summary>
    /// Recommendations adopted at two held meetings, on their themes. The sources say each event
    /// produced recommendations but publish no texts: these are written for the suite, after the
    /// themes, so the chain from a recommendation to a priority and a funded action can be followed.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<RecommendationDraft>> Recommendations = new Dictionary<string, IReadOnlyList<RecommendationDraft>>
    {
        ["vienna-2017"] =
        [
            new(new("Give newly arrived refugees one place in the city where housing, health, language courses and legal advice start.",
                    "Offrir aux réfugiés nouvellement arrivés un lieu unique dans la ville où commencent logement, santé, cours de langue et conseil juridique.", string.Empty),
                ["refugee-reception"], [Addressee.Cities]),
            new(new("Share reception data between the city and national authorities so that services are planned before people arrive.",
                    "Partager les données d'accueil entre la ville et les autorités nationales afin de planifier les services avant l'arrivée des personnes.", string.Empty),
                ["refugee-reception"], [Addressee.Cities, Addressee.NationalLevel]),
        ],
        ["sfax-2019"] =
        [
            new(new("Involve civil society organisations in a standing local platform on migration, with the municipality as its host.",
                    "Associer les organisations de la société civile à une plateforme locale permanente sur la migration, accueillie par la municipalité.", string.Empty),
                ["local-governments-civil-society"], [Addressee.Cities, Addressee.Partners]),
        ],
    };
}
