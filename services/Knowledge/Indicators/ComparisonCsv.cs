using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.AspNetCore.Mvc;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>
/// GET /api/v1/indicators/{code}:compare with "Accept: text/csv": the comparison as open data.
/// With "?breakdown=sex" (or age_group, nationality, legal_status), one more column per category.
/// </summary>
public static class ComparisonCsv
{
    /// <summary>The columns, in this order, always; new ones go at the end (a breakdown's after them).</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
        [CsvColumn.Text("indicator"), CsvColumn.Text("unit"), CsvColumn.Text("city"), CsvColumn.Text("city_name"),
         CsvColumn.Text("status"), CsvColumn.Number("reference_year"), CsvColumn.Number("value"), CsvColumn.Text("text_value"),
         CsvColumn.Text("source"), CsvColumn.Text("gap_missing"), CsvColumn.Text("gap_reason"), CsvColumn.Text("observation"),
         CsvColumn.Text("source_url")];

    public static void MapComparisonCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvRepresentation("/api/v1/indicators/{code}:compare", async (
            string code, [FromQuery] string[]? cities, int? year, string? lang, [FromQuery(Name = "asOf")] string? asOf, string? breakdown,
            HttpRequest http, IndicatorComparison comparisons, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var request = new CompareIndicatorRequest
            {
                Name = $"indicators/{code}", Year = year ?? 0, Language = lang ?? string.Empty, Breakdown = breakdown ?? string.Empty,
                AsOf = ReadTimestamp("as_of", asOf),
            };
            request.Cities.AddRange(cities ?? []);
            var query = IndicatorRequestReader.ReadCompare(request, http.Headers.AcceptLanguage, clock);
            var comparison = await comparisons.CompareAsync(query, cancellationToken);
            var indicator = comparison.Indicator;
            var numbers = indicator.ValueKind == ValueKind.Number;
            var prefix = query.Breakdown is { } dimension ? BreakdownColumns.NameOf(dimension) + "_" : string.Empty;
            var csv = new CsvWriter([.. Columns, .. comparison.Categories.Select(c => numbers ? CsvColumn.Number(prefix + c) : CsvColumn.Text(prefix + c))]);
            foreach (var line in comparison.Lines)
            {
                var cell = line.Observation.ToCell();
                var name = IndicatorsGrpcService.CityName(line.CityId, line.City).In(query.Language ?? "en").Text;
                // A category's column holds its figure; a gap or nothing reported is an empty cell.
                var categories = line.Categories.Select(o => o is { Kind: ObservationKind.Value } figure ? figure.Value : (object?)o?.TextValue);
                csv.Row([indicator.ResourceName, indicator.Unit, $"cities/{line.CityId}", name, Status(cell.Status),
                    cell.Status == CellStatus.NotReported ? null : cell.ReferenceYear,
                    cell.Status == CellStatus.Value && numbers ? cell.Value : null,
                    cell.TextValue, cell.Source, cell.Gap?.Missing, cell.Gap?.Reason, cell.Observation, cell.SourceUrl, .. categories]);
            }

            return CsvRepresentation.File(csv, $"{code}-comparison.csv");
        });

    public static string Status(CellStatus status) => status switch
    {
        CellStatus.Value => "value",
        CellStatus.Gap => "gap",
        _ => "not_reported",
    };

    /// <summary>A time from the query ("2026-01-31T00:00:00Z"), as the transcoded route reads it; a bad one is a field violation.</summary>
    public static Timestamp? ReadTimestamp(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return Timestamp.FromDateTimeOffset(time);
        }

        throw new Domain.Errors.InvalidArgumentException(field, "must be a time such as \"2026-01-31T00:00:00Z\".", FieldReason.InvalidFormat("2026-01-31T00:00:00Z"));
    }
}
