using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Seed;

/// <summary>
/// The key figures of the nine phase I cities, each with its source's title, its address and its
/// reference year, and the number exactly as the source states it (the source's words are quoted
/// in the comment or the note). Nothing here is estimated or computed: where no source read gives
/// a figure, it is a declared data gap saying why. Most figures come from the MC2CM city migration
/// profiles as the i-Map city migration dashboards (ICMPD) and the profiles' executive summaries
/// publish them; the rest from national statistics offices as the cited pages report them.
/// Where a source gives no reference year, the note says which year was taken and why.
/// </summary>
internal static class ObservationSeedData
{
    private static readonly SeedSource TunisSummary = new(
        "Profil migratoire de ville : Tunis, résumé exécutif (MC2CM)",
        "https://123dok.net/document/zlgxl9mg-profil-migratoire-de-ville.html");

    private static readonly SeedSource TunisMayors = new(
        "Mayors Dialogue on Growth and Solidarity, city profile: Tunis, Tunisia",
        "https://www.scribd.com/document/517370248/hmi-mayors-dialogue-tunis");

    private static readonly SeedSource TurinStatistics = new(
        "Centro Relazioni e Famiglie, on the City of Turin statistics office's report on foreign residents",
        "https://centrorelazioniefamiglie.it/?p=538");

    private static readonly SeedSource LisbonDashboard = Dashboard("Lisbon", "lisbon");
    private static readonly SeedSource AmmanDashboard = Dashboard("Amman", "amman");
    private static readonly SeedSource BeirutDashboard = Dashboard("Beirut", "beirut");
    private static readonly SeedSource LyonDashboard = Dashboard("Lyon", "lyon");
    private static readonly SeedSource MadridDashboard = Dashboard("Madrid", "madrid");
    private static readonly SeedSource TangierDashboard = Dashboard("Tangier", "tangier");
    private static readonly SeedSource TurinDashboard = Dashboard("Turin", "turin");
    private static readonly SeedSource ViennaDashboard = Dashboard("Vienna", "vienna");

    /// <summary>The Lisbon profile gives no reference year for these figures; 2016 is the year it was drafted.</summary>
    private const string LisbonYear = "reference year inferred (profile drafted in 2016)";

    /// <summary>The dashboards quote the 2016 profiles; where they give no year, the profile's year is taken.</summary>
    private const string ProfileYear = "the source gives no reference year: the year of the MC2CM profile it quotes (2016)";

    public static readonly IReadOnlyList<ObservationDraft> All =
    [
        // Amman. "As of 2015, 4 million people (42% of the Jordanian population) live in Amman
        // Governorate. The majority of the population is made up of forced migrants, with
        // Palestinians making up the vast majority. There are over 300 000 Palestinians without
        // national ID numbers and over 435 000 Syrians".
        Figure("amman", "population-total", 2015, 4_000_000, AmmanDashboard, "\"4 million people\", Amman Governorate"),
        Figure("amman", "population-share-of-national", 2015, 42, AmmanDashboard, "\"42% of the Jordanian population\", Amman Governorate"),
        // "Amman's population has since 2010 risen sharply from 2,816,200 to 4,226,700 in 2017,
        // based on numbers provided by the Department of Statistics of Jordan."
        Figure("amman", "population-total", 2017, 4_226_700, new("IOM, \"Jordan Celebrates Diversity through 'I Am A Migrant'\"", "https://eea.iom.int/news/jordan-celebrates-diversity-through-%E2%80%98i-am-migrant%E2%80%99"),
            "Department of Statistics of Jordan, as cited"),
        Text("amman", "main-countries-of-origin", 2015, "Palestine, Syria", AmmanDashboard,
            "\"Palestinians making up the vast majority\"; \"over 300 000 Palestinians without national ID numbers and over 435 000 Syrians\""),
        Gap("amman", "immigrant-share", 2015, "Share of immigrants in Amman's population", AmmanDashboard,
            "The profile gives no share, only that \"the majority of the population is made up of forced migrants\"."),

        // Beirut. Lebanon has had no census since 1932; the figure is a 2005 estimate.
        // Table 1: "Beirut | 583,287 (12.7)", "The 2005 Lebanese population distribution by
        // governorates and districts provided by the United Nations and the Lebanese ministry of social affairs."
        Figure("beirut", "population-total", 2005, 583_287, new("Table 1, Lebanese governorates, 2005 estimates (PMC7320477)", "https://pmc.ncbi.nlm.nih.gov/articles/PMC7320477/table/T1"),
            "2005 estimate for Beirut governorate (United Nations and Ministry of Social Affairs)"),
        // "More than half of refugees (58%) are from Syria, around 41% are Palestinian [...] Out of
        // the 200 000 migrant workers in Lebanon, more than 70 000 are Ethiopians, followed by
        // about 50 000 Bangladeshis and 25 000 Filipinos".
        Text("beirut", "main-countries-of-origin", 2016, "Refugees: Syria (58%), Palestine (around 41%); migrant workers in Lebanon: Ethiopia, Bangladesh, Philippines",
            BeirutDashboard, ProfileYear),
        Gap("beirut", "immigrant-share", 2016, "Share of immigrants in Beirut's population", BeirutDashboard,
            "No count exists: \"estimates suggest a share of refugees in the city of up to 20%\", and about 300 000 refugees in Greater Beirut."),

        // Lisbon. "The main countries of origin of the foreign population in Lisbon are Brazil,
        // Cape Verde, China and Angola." "Between 2008 and 2014 it received on average around 250
        // asylum seekers per year" (Portugal). "in the city of Lisbon, men still represent a little
        // over half of foreign nationals (52%)." "foreigners represented 4% of Portugal's
        // population in 2011, this proportion was more than double for Lisbon (10%)".
        Text("lisbon", "main-countries-of-origin", 2016, "Brazil, Cape Verde, China, Angola", LisbonDashboard, LisbonYear),
        Figure("lisbon", "asylum-seekers-per-year", 2016, 250, LisbonDashboard, $"\"on average around 250 asylum seekers per year\" between 2008 and 2014; {LisbonYear}"),
        Figure("lisbon", "migrant-share-men", 2016, 52, LisbonDashboard, LisbonYear),
        Figure("lisbon", "immigrant-share", 2011, 10, LisbonDashboard, "foreign nationals in the population"),
        // "Lisboa (-1,25%, para 545.796)": INE, Censos 2021, definitive results.
        Figure("lisbon", "population-total", 2021, 545_796, new("Lusa, \"Censos. Distrito de Lisboa ganhou 29.284 habitantes\" (INE, Censos 2021)", "https://noticiasaominuto.com/pais/2119473/censos-distrito-de-lisboa-ganhou-29284-habitantes"),
            "municipality of Lisbon, census of 19 April 2021"),

        // Lyon. "La Métropole de Lyon [...] comptait 1 381 249 habitants en 2016" (INSEE).
        Figure("lyon", "population-total", 2016, 1_381_249, new("Lyon Capitale, INSEE's 2016 census populations of Lyon (December 2018)", "https://www.lyoncapitale.fr/actualite/recensement-il-y-a-515-695-habitants-a-lyon/"),
            "Métropole de Lyon (the city of Lyon: 515 695)"),
        // "la Métropole de Lyon comprend sur son territoire 180 445 immigrés, soit 13,6% du total de sa population en 2012."
        Figure("lyon", "immigrant-share", 2012, 13.6, new("Urbalyon, Profil migratoire Métropole de Lyon (MC2CM)", "https://www.urbalyon.org/fr/demographie/profil-migratoire-metropole-de-lyon?from=16"),
            "Métropole de Lyon: 180 445 immigrants"),
        // IMG1B, commune de Lyon, 2009: "Algérie 13 081", "Tunisie 4 277", "Maroc 4 013",
        // "Portugal 3 583", "Italie 3 099" (grouped "other countries" rows left out).
        Text("lyon", "main-countries-of-origin", 2009, "Algeria (13,081), Tunisia (4,277), Morocco (4,013), Portugal (3,583), Italy (3,099)",
            new("INSEE, Étrangers - Immigrés en 2009, commune de Lyon (IMG1B)", "https://www.insee.fr/fr/statistiques/2044111?sommaire=2131811&geo=COM-69123"),
            "immigrants by country of birth, commune de Lyon"),

        // Madrid. "In January 2019, the municipality of Madrid has a population of 3.275.195 inhabitants".
        Figure("madrid", "population-total", 2019, 3_275_195, new("Red de Ciudades Interculturales (RECI), Madrid", "http://www.ciudadesinterculturales.com/en/portfolio/madrid/"),
            "municipality of Madrid, January 2019"),
        // "The population of Madrid that was born in another country is 20.5% (657,432)." (1 July 2017)
        Figure("madrid", "immigrant-share", 2017, 20.5, MadridDashboard, "born abroad: 657,432"),
        Text("madrid", "main-countries-of-origin", 2017, "Romania (11.4%), China (9%), Ecuador (6%), Morocco (5.3%), Colombia (4.8%)", MadridDashboard,
            "the five largest shares of the foreign population the source lists"),

        // Tangier. Census 2014, "Tanger - Assilah [Tangier] | Prefecture | 1,065,601" (HCP).
        Figure("tangier", "population-total", 2014, 1_065_601, new("City Population, Tanger - Tétouan - Al Hoceïma (Haut Commissariat au Plan)", "https://www.citypopulation.de/en/morocco/admin/01__tanger_t%C3%A9touan_al_ho"),
            "prefecture of Tanger-Assilah, census of 1 September 2014"),
        // "the 2014 Population and Housing census (RGPH) [...] reported that there were 5,145
        // foreigners in Tangier, i.e., 0.5% of the total city's population".
        Figure("tangier", "immigrant-share", 2014, 0.5, TangierDashboard, "foreigners: 5,145; \"the current number of foreigners is actually much higher\""),
        // "The Spanish and French are the main nationalities originating from the North in
        // Tangier. There are also some Syrian refugees and migrants from sub - Saharan Africa."
        Text("tangier", "main-countries-of-origin", 2016, "Spain, France; also Syria and sub-Saharan Africa", TangierDashboard, ProfileYear),

        // Tunis: the key figures of the profile's executive summary ("Population 638 845", "15
        // délégations", "Part de la population de la ville de Tunis dans la population totale
        // 8,6 %", "Part des immigrés du gouvernorat de Tunis dans la population nationale 18%",
        // "62 642 entrants en 2009 – 2014 pour 91 791 sortants").
        Figure("tunis", "population-total", 2014, 638_845, TunisSummary),
        Figure("tunis", "administrative-districts", 2014, 15, TunisSummary, "15 délégations"),
        Figure("tunis", "population-share-of-national", 2014, 8.6, TunisSummary),
        // Its 18 % is the governorate's share of Tunisia's immigrants, not immigrants' share of the
        // city's population, which the profile does not give: a gap, not that figure.
        Gap("tunis", "immigrant-share", 2014, "Share of immigrants in Tunis's population", TunisSummary,
            "The profile gives only the governorate's share of Tunisia's immigrants (\"Part des immigrés du gouvernorat de Tunis dans la population nationale 18%\")."),
        Figure("tunis", "internal-migration-arrivals", 2014, 62_642, TunisSummary, "period 2009–2014"),
        Figure("tunis", "internal-migration-departures", 2014, 91_791, TunisSummary, "period 2009–2014"),
        // "Between 2009 and 2014, the city attracted approximately 5,000 international migrants
        // [...] mainly from Algeria, Libya, Morocco, France and Italy".
        Text("tunis", "main-countries-of-origin", 2014, "Algeria, Libya, Morocco, France, Italy", TunisMayors,
            "international migrants who settled in the city 2009–2014 (INS, 2014 census)"),

        // Turin. "il 1° gennaio 2017 gli stranieri iscritti all'anagrafe hanno toccato quota
        // 132.730 (il 15% su un totale di residenti che è sceso nel frattempo a 888.921)"; "I
        // romeni in città sono [...] 52.626", "I marocchini, 17.147", "I peruviani 7.529", "i
        // cinesi 7.498", "gli albanesi (sono 5.375".
        Figure("turin", "population-total", 2017, 888_921, TurinStatistics, "City of Turin, 1 January 2017"),
        Figure("turin", "immigrant-share", 2017, 15, TurinStatistics, "foreign residents: 132,730"),
        Text("turin", "main-countries-of-origin", 2017, "Romania (52,626), Morocco (17,147), Peru (7,529), China (7,498), Albania (5,375)", TurinStatistics,
            "foreign residents of the City of Turin, 1 January 2017"),
        // "In 2015, 2 945 people applied for asylum in the metropolitan area of Turin".
        Figure("turin", "asylum-seekers-per-year", 2015, 2_945, TurinDashboard, "Metropolitan City of Turin"),

        // Vienna. "Bevölkerung von Wien [...] 2019 1.897.491" ("Jeweils zu Jahresbeginn"; Quelle: Statistik Austria).
        Figure("vienna", "population-total", 2019, 1_897_491, new("Statista, Bevölkerung von Wien von 2009 bis 2019 (Statistik Austria)", "https://de.statista.com/statistik/daten/studie/317867/umfrage/prognose-zur-bevoelkerungsentwicklung-in-wien/"),
            "1 January 2019"),
        // "As of 2016, more than one third (34.5%) of the resident population had been born abroad".
        Figure("vienna", "immigrant-share", 2016, 34.5, ViennaDashboard, "born abroad"),
        // "Die Serben stellen in der Bundeshauptstadt mit rund 89.300 Personen die größte Gruppe
        // dar. Auf Platz zwei befinden sich in der Türkei geborene Personen (66.900), gefolgt von
        // jene aus Deutschland (51.200) und aus Polen (48.700)." ("Mit Anfang des Jahres", 2018)
        Text("vienna", "main-countries-of-origin", 2018, "Serbia (about 89,300), Turkey (66,900), Germany (51,200), Poland (48,700)",
            new("Kurier, people born abroad in Vienna by country of birth (December 2018)", "https://kurier.at/chronik/oesterreich/jeder-zweite-wiener-schueler-hat-nicht-deutsch-als-umgangssprache/400365410"),
            "people born abroad living in Vienna at the start of 2018"),
    ];

    private static SeedSource Dashboard(string city, string slug) => new(
        $"i-Map (ICMPD), City Migration Dashboard: {city}, quoting the MC2CM City Migration Profile",
        $"https://imap-migration.org/urban/city-migration-dashboards/{slug}");

    private static ObservationDraft Figure(string city, string indicator, int year, double value, SeedSource source, string note = "") =>
        new(city, indicator, year, ObservationKind.Value, source.Title, Value: value, Note: note, SourceUrl: source.Url);

    private static ObservationDraft Text(string city, string indicator, int year, string text, SeedSource source, string note) =>
        new(city, indicator, year, ObservationKind.Text, source.Title, TextValue: text, Note: note, SourceUrl: source.Url);

    private static ObservationDraft Gap(string city, string indicator, int year, string missing, SeedSource source, string reason) =>
        new(city, indicator, year, ObservationKind.Gap, source.Title, GapMissing: missing, GapReason: reason, SourceUrl: source.Url);

    /// <summary>Where a seeded figure was read: the title and the address of the page.</summary>
    private sealed record SeedSource(string Title, string Url);
}
