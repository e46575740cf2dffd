using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.AspNetCore.Mvc;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>GET /api/v1/indicators/{code}:compare with "Accept: text/csv": the comparison as open data.</summary>
public static class ComparisonCsv
{
    /// <summary>The columns, in this order, always; new ones go at the end.</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
        [CsvColumn.Text("indicator"), CsvColumn.Text("unit"), CsvColumn.Text("city"), CsvColumn.Text("city_name"),
         CsvColumn.Text("status"), CsvColumn.Number("reference_year"), CsvColumn.Number("value"), CsvColumn.Text("text_value"),
         CsvColumn.Text("source"), CsvColumn.Text("gap_missing"), CsvColumn.Text("gap_reason"), CsvColumn.Text("observation"),
         CsvColumn.Text("source_url")];

    public static void MapComparisonCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvRepresentation("/api/v1/indicators/{code}:compare", async (
            string code, [FromQuery] string[]? cities, int? year, string? lang, HttpRequest http,
            IndicatorComparison comparison, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var request = new CompareIndicatorRequest { Name = $"indicators/{code}", Year = year ?? 0, Language = lang ?? string.Empty };
            request.Cities.AddRange(cities ?? []);
            var (checkedCode, cityIds, checkedYear, language) = IndicatorRequestReader.ReadCompare(request, http.Headers.AcceptLanguage, clock);
            var (indicator, lines) = await comparison.CompareAsync(checkedCode, cityIds, checkedYear, cancellationToken);
            var csv = new CsvWriter(Columns);
            foreach (var line in lines)
            {
                var cell = Observations.ObservationMapping.ToCell(line.Observation);
                var name = (line.City?.Names ?? new LocalizedText(line.CityId, string.Empty, string.Empty)).In(language ?? "en").Text;
                csv.Row(indicator.ResourceName, indicator.Unit, $"cities/{line.CityId}", name, Status(cell.Status),
                    cell.Status == CellStatus.NotReported ? null : cell.ReferenceYear,
                    cell.Status == CellStatus.Value && indicator.ValueKind == ValueKind.Number ? cell.Value : null,
                    cell.TextValue, cell.Source, cell.Gap?.Missing, cell.Gap?.Reason, cell.Observation, cell.SourceUrl);
            }

            return CsvRepresentation.File(csv, $"{code}-comparison.csv");
        });

    public static string Status(CellStatus status) => status switch
    {
        CellStatus.Value => "value",
        CellStatus.Gap => "gap",
        _ => "not_reported",
    };
}
