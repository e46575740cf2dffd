using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Observations;

/// <summary>GET /api/v1/observations with "Accept: text/csv": a city's figures and gaps as open data.</summary>
public static class ObservationsCsv
{
    /// <summary>An export holds at most this many rows; narrow the filters for more.</summary>
    public const int MaxRows = 10_000;

    /// <summary>The columns, in this order, always; new ones go at the end so readers of older exports keep working.</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
        [CsvColumn.Text("observation"), CsvColumn.Text("city"), CsvColumn.Text("indicator"), CsvColumn.Number("reference_year"),
         CsvColumn.Text("sex"), CsvColumn.Text("age_group"), CsvColumn.Text("nationality"), CsvColumn.Text("legal_status"),
         CsvColumn.Text("kind"), CsvColumn.Number("value"), CsvColumn.Text("text_value"), CsvColumn.Text("source"),
         CsvColumn.Text("gap_missing"), CsvColumn.Text("gap_reason"), CsvColumn.Text("note"),
         CsvColumn.Text("source_url")];

    public static void MapObservationsCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvRepresentation("/api/v1/observations", async (
            string? city, string? indicator, int? year, ObservationQuery query, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var violations = new FieldViolations();
            var filter = ObservationQuery.ReadFilter(violations, city, indicator, year ?? 0, clock);
            violations.ThrowIfAny();
            var observations = await ObservationQuery.Order(query.Filter(filter)).Take(MaxRows).ToListAsync(cancellationToken);
            var csv = new CsvWriter(Columns);
            foreach (var o in observations)
            {
                csv.Row(o.ResourceName, $"cities/{o.CityId}", $"indicators/{o.IndicatorCode}", o.ReferenceYear,
                    Blank(o.Breakdown.Sex), o.Breakdown.AgeGroup, o.Breakdown.Nationality, Blank(o.Breakdown.LegalStatus),
                    o.Kind.ToString().ToLowerInvariant(), o.Value, o.TextValue, o.Source, o.GapMissing, o.GapReason, o.Note, o.SourceUrl);
            }

            return CsvRepresentation.File(csv, city is null ? "observations.csv" : $"observations-{filter.CityId}.csv");
        });

    private static string Blank<TEnum>(TEnum value)
        where TEnum : struct, Enum => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0 ? string.Empty : value.ToString();
}
