using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Cities.Cities;

namespace Mc2cm.Cities.Seed;

/// <summary>
/// The network's cities from the project's public sources (see shared/domain.md): the nine
/// phase I cities of the seed article and the phase II cities named in later sources.
/// Membership dates are not published; they are inferred from the phases: phase I cities from
/// the start of phase I to its planned end and again from the start of phase II (they hosted
/// phase II events), phase II cities from the start of phase II.
/// </summary>
internal static class CitySeedData
{
    public sealed record SeedCity(string Id, LocalizedText Names, string CountryCode, Region Region, bool PhaseOne, Population? Population = null)
    {
        public GeoPoint Location => Locations[Id];
    }

    public static readonly DateOnly PhaseOneStart = new(2015, 2, 1);
    public static readonly DateOnly PhaseOneEnd = new(2018, 1, 31);
    public static readonly DateOnly PhaseTwoStart = new(2018, 7, 1);

    public static readonly IReadOnlyList<SeedCity> Cities =
    [
        new("amman", new("Amman", "Amman", "عمّان"), "JO", Region.MiddleEast, true),
        new("beirut", new("Beirut", "Beyrouth", "بيروت"), "LB", Region.MiddleEast, true),
        new("lisbon", new("Lisbon", "Lisbonne", "لشبونة"), "PT", Region.Europe, true),
        new("lyon", new("Lyon", "Lyon", "ليون"), "FR", Region.Europe, true),
        new("madrid", new("Madrid", "Madrid", "مدريد"), "ES", Region.Europe, true),
        new("tangier", new("Tangier", "Tanger", "طنجة"), "MA", Region.NorthAfrica, true),
        new("tunis", new("Tunis", "Tunis", "تونس"), "TN", Region.NorthAfrica, true,
            new Population(638_845, 2014, "Tunis City Migration Profile (MC2CM), key figures; national census 2014")),
        new("turin", new("Turin", "Turin", "تورينو"), "IT", Region.Europe, true),
        new("vienna", new("Vienna", "Vienne", "فيينا"), "AT", Region.Europe, true),
        new("sfax", new("Sfax", "Sfax", "صفاقس"), "TN", Region.NorthAfrica, false),
        new("sousse", new("Sousse", "Sousse", "سوسة"), "TN", Region.NorthAfrica, false),
        new("casablanca", new("Casablanca", "Casablanca", "الدار البيضاء"), "MA", Region.NorthAfrica, false),
        new("rabat", new("Rabat", "Rabat", "الرباط"), "MA", Region.NorthAfrica, false),
        new("fes", new("Fès", "Fès", "فاس"), "MA", Region.NorthAfrica, false),
        new("algiers", new("Algiers", "Alger", "الجزائر"), "DZ", Region.NorthAfrica, false),
        new("oran", new("Oran", "Oran", "وهران"), "DZ", Region.NorthAfrica, false),
        new("tripoli", new("Tripoli", "Tripoli", "طرابلس"), "LY", Region.NorthAfrica, false),
        new("sabha", new("Sabha", "Sebha", "سبها"), "LY", Region.NorthAfrica, false),
        new("seville", new("Seville", "Séville", "إشبيلية"), "ES", Region.Europe, false),
        new("grenoble", new("Grenoble", "Grenoble", "غرونوبل"), "FR", Region.Europe, false),
    ];

    private static readonly Dictionary<string, GeoPoint> Locations = new()
    {
        ["amman"] = new(31.9539, 35.9106),
        ["beirut"] = new(33.8938, 35.5018),
        ["lisbon"] = new(38.7223, -9.1393),
        ["lyon"] = new(45.7640, 4.8357),
        ["madrid"] = new(40.4168, -3.7038),
        ["tangier"] = new(35.7595, -5.8340),
        ["tunis"] = new(36.8065, 10.1815),
        ["turin"] = new(45.0703, 7.6869),
        ["vienna"] = new(48.2082, 16.3738),
        ["sfax"] = new(34.7406, 10.7603),
        ["sousse"] = new(35.8256, 10.6084),
        ["casablanca"] = new(33.5731, -7.5898),
        ["rabat"] = new(34.0209, -6.8416),
        ["fes"] = new(34.0181, -5.0078),
        ["algiers"] = new(36.7538, 3.0588),
        ["oran"] = new(35.6969, -0.6331),
        ["tripoli"] = new(32.8872, 13.1913),
        ["sabha"] = new(27.0377, 14.4283),
        ["seville"] = new(37.3891, -5.9845),
        ["grenoble"] = new(45.1885, 5.7245),
    };
}
