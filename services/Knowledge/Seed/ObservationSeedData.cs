using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Seed;

/// <summary>
/// The figures of the key-figures boxes of the Tunis and Lisbon profiles (shared/domain.md). The
/// Tunis figures refer to the 2014 census (internal migration: the period 2009–2014). The
/// Lisbon profile gives no reference year for its figures; 2016, the year the profile was
/// drafted, is an inference and says so in each note.
/// </summary>
internal static class ObservationSeedData
{
    private const string TunisSource = "Tunis City Migration Profile (MC2CM), key figures";
    private const string LisbonSource = "Lisbon City Migration Profile (MC2CM), executive summary";
    private const string LisbonYear = "reference year inferred (profile drafted in 2016)";

    public static readonly IReadOnlyList<ObservationDraft> All =
    [
        Figure("tunis", "population-total", 2014, 638_845, TunisSource),
        Figure("tunis", "administrative-districts", 2014, 15, TunisSource, "15 délégations"),
        Figure("tunis", "population-share-of-national", 2014, 8.6, TunisSource),
        Figure("tunis", "immigrant-share", 2014, 18, TunisSource, "as given by the source"),
        Figure("tunis", "internal-migration-arrivals", 2014, 62_642, TunisSource, "period 2009–2014"),
        Figure("tunis", "internal-migration-departures", 2014, 91_791, TunisSource, "period 2009–2014"),
        new("lisbon", "main-countries-of-origin", 2016, ObservationKind.Text, LisbonSource, TextValue: "Brazil, Cape Verde, China, Angola", Note: LisbonYear),
        Figure("lisbon", "asylum-seekers-per-year", 2016, 250, LisbonSource, $"about 250 a year; {LisbonYear}"),
        Figure("lisbon", "migrant-share-men", 2016, 52, LisbonSource, LisbonYear),
    ];

    private static ObservationDraft Figure(string city, string indicator, int year, double value, string source, string note = "") =>
        new(city, indicator, year, ObservationKind.Value, source, Value: value, Note: note);
}
