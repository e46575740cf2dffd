using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.AspNetCore.Mvc;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>GET /api/v1/indicators/{code}/series with "Accept: text/csv": the time series as open data, a row per city and year.</summary>
public static class SeriesCsv
{
    /// <summary>The columns, in this order, always; new ones go at the end.</summary>
    public static readonly IReadOnlyList<CsvColumn> Columns =
        [CsvColumn.Text("indicator"), CsvColumn.Text("unit"), CsvColumn.Text("city"), CsvColumn.Text("city_name"),
         CsvColumn.Number("reference_year"), CsvColumn.Text("status"), CsvColumn.Number("value"), CsvColumn.Text("text_value"),
         CsvColumn.Text("source"), CsvColumn.Text("gap_missing"), CsvColumn.Text("gap_reason"), CsvColumn.Text("observation"),
         CsvColumn.Text("source_url")];

    public static void MapSeriesCsv(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCsvRepresentation("/api/v1/indicators/{code}/series", async (
            string code, [FromQuery] string[]? cities, int? fromYear, int? toYear, string? lang, HttpRequest http,
            IndicatorSeries series, TimeProvider clock, CancellationToken cancellationToken) =>
        {
            var request = new GetIndicatorSeriesRequest { Name = $"indicators/{code}", FromYear = fromYear ?? 0, ToYear = toYear ?? 0, Language = lang ?? string.Empty };
            request.Cities.AddRange(cities ?? []);
            var query = IndicatorRequestReader.ReadSeries(request, http.Headers.AcceptLanguage, clock);
            var (indicator, lines) = await series.ReadAsync(query, cancellationToken);
            var csv = new CsvWriter(Columns);
            foreach (var line in lines)
            {
                var name = IndicatorsGrpcService.CityName(line.CityId, line.City).In(query.Language ?? "en").Text;
                foreach (var cell in line.Points.Select(p => p.ToCell()))
                {
                    csv.Row(indicator.ResourceName, indicator.Unit, $"cities/{line.CityId}", name, cell.ReferenceYear, ComparisonCsv.Status(cell.Status),
                        cell.Status == CellStatus.Value && indicator.ValueKind == ValueKind.Number ? cell.Value : null,
                        cell.TextValue, cell.Source, cell.Gap?.Missing, cell.Gap?.Reason, cell.Observation, cell.SourceUrl);
                }
            }

            return CsvRepresentation.File(csv, $"{code}-series.csv");
        });
}
