using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Knowledge.Imports;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>
/// Importing a city's figures from a CSV file or an Excel workbook: a dry run that reports each
/// row's problems and what it would do, then the commit of the same file, all or nothing, and the
/// same file twice changing nothing.
/// </summary>
public sealed class ObservationImportTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private const string Header = "observation,city,indicator,reference_year,sex,age_group,nationality,legal_status,kind,value,text_value,source,gap_missing,gap_reason,note,source_url";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dry_run_reports_every_problem_by_row_and_column_and_the_commit_of_that_file_stores_nothing()
    {
        var city = await app.NewCityAsync();
        var file = Csv(
            $",cities/{city},indicators/population-total,2019,,,,,value,1056247,,National census 2014,,,,",
            $",cities/{city},indicators/population-total,20x9,,,,,value,1,,Census,,,,",
            $",cities/{city},indicators/immigrant-share,2019,,,,,value,abc,,Census,,,,",
            $",cities/tunis,indicators/immigrant-share,2018,,,,,value,2.1,,Census,,,,",
            $",cities/{city},indicators/no-such-indicator,2019,,,,,value,3,,Census,,,,",
            $",cities/{city},indicators/population-total,2019,,,,,value,1056000,,Other census,,,,",
            $",cities/{city},indicators/migrant-unemployment-rate,2019,,,,,value,12.5,,,,,,",
            $",cities/{city},indicators/population-total,2018,Unknown,,,,value,5,,Census,,,,");

        var report = await app.Imports.ImportObservationsAsync(Request(city, file, validateOnly: true), KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct);
        var refused = await Assert.ThrowsAsync<RpcException>(() => app.Imports.ImportObservationsAsync(
            Request(city, file, validateOnly: false), KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct).ResponseAsync);

        Assert.False(report.Imported);
        Assert.Equal((8, 1, 0, 0), (report.RowCount, report.Created, report.Corrected, report.Unchanged));
        Assert.Equal(
            [(3, "reference_year", "INVALID_FORMAT"), (4, "value", "INVALID_FORMAT"), (5, "city", "NOT_ALLOWED"), (6, "indicator", "UNKNOWN_REFERENCE"),
             (7, "", "DUPLICATE"), (8, "source", "REQUIRED"), (9, "sex", "NOT_ALLOWED")],
            report.Problems.Select(p => (p.Row, p.Column, p.Reason)).ToArray());
        Assert.Equal(ImportAction.Create, Assert.Single(report.Rows).Action);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var violations = refused.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Contains(violations, v => v.Field == "rows[3].reference_year" && v.Reason == "INVALID_FORMAT");
        Assert.Equal(7, violations.Count);
        Assert.Equal(0, await app.QueryAsync(db => db.Observations.CountAsync(o => o.CityId == city, Ct)));
    }

    [Fact]
    public async Task A_clean_file_is_imported_in_one_commit_and_the_same_file_twice_changes_nothing()
    {
        var city = await app.NewCityAsync();
        var file = Csv(
            $",cities/{city},indicators/population-total,2019,,,,,value,1056247,,National census 2014,,,,https://example.org/census",
            $",cities/{city},indicators/population-total,2019,Female,,,,value,530112,,National census 2014,,,,",
            $",cities/{city},indicators/main-countries-of-origin,2019,,,,,text,,\"Algeria, Libya\",Municipal observatory,,,,",
            $",cities/{city},indicators/migrant-unemployment-rate,2019,,,,,gap,,,,Unemployment of migrants,Not collected by the survey,,");

        var first = await ImportAsync(city, file);
        var second = await ImportAsync(city, file);

        Assert.Equal((true, 4, 4, 0, 0), (first.Imported, first.RowCount, first.Created, first.Corrected, first.Unchanged));
        Assert.All(first.Rows, r => Assert.StartsWith("observations/", r.Observation));
        Assert.Equal((true, 0, 0, 4), (second.Imported, second.Created, second.Corrected, second.Unchanged));
        Assert.Equal(first.Rows.Select(r => r.Observation), second.Rows.Select(r => r.Observation));
        Assert.Equal(4, await app.QueryAsync(db => db.Observations.CountAsync(o => o.CityId == city, Ct)));
        var women = (await app.Observations.GetObservationAsync(new GetObservationRequest { Name = first.Rows[1].Observation }, cancellationToken: Ct)).Observation;
        Assert.Equal((530112d, Sex.Female, "National census 2014"), (women.Value, women.Breakdown.Sex, women.Source));
    }

    [Fact]
    public async Task An_export_edited_in_a_spreadsheet_imports_back_as_a_correction_with_its_history()
    {
        var city = await app.NewCityAsync();
        await ImportAsync(city, Csv(
            $",cities/{city},indicators/population-total,2019,,,,,value,1000,,Census,,,,",
            $",cities/{city},indicators/immigrant-share,2019,,,,,value,2.5,,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,,"));
        using var rest = app.Knowledge.CreateRestClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/observations?city=cities/{city}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var response = await rest.SendAsync(request, Ct);
        var export = await response.Content.ReadAsStringAsync(Ct);
        var edited = export.Replace(",value,1000,,Census,", ",value,1100,,Census,", StringComparison.Ordinal);

        var report = await ImportAsync(city, Encoding.UTF8.GetBytes(edited), reason: "The census table was misread");

        Assert.Contains("\"'=HYPERLINK(", export, StringComparison.Ordinal);
        Assert.Equal((1, 1), (report.Corrected, report.Unchanged));
        var corrected = report.Rows.Single(r => r.Action == ImportAction.Correct).Observation;
        var history = (await app.Observations.ListObservationHistoryAsync(new ListObservationHistoryRequest { Name = corrected }, cancellationToken: Ct)).Changes;
        Assert.Equal((1000d, "The census table was misread"), (Assert.Single(history).Previous.Value, history[0].Reason));
        var formula = report.Rows.Single(r => r.Action == ImportAction.Unchanged).Observation;
        var stored = (await app.Observations.GetObservationAsync(new GetObservationRequest { Name = formula }, cancellationToken: Ct)).Observation;
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", stored.Source);
    }

    [Fact]
    public async Task A_workbook_imports_its_first_sheet_and_a_formula_cell_is_refused_not_computed()
    {
        var city = await app.NewCityAsync();
        var clean = Workbook(
            [string.Empty, $"cities/{city}", "indicators/population-total", 2019, "", "", "", "", "value", 1056247, "", "National census 2014"]);
        var withFormula = Workbook(
            [string.Empty, $"cities/{city}", "indicators/population-total", 2018, "", "", "", "", "value", new Formula("1+1"), "", "National census 2014"]);

        var imported = await ImportAsync(city, clean, fileName: "tunis.xlsx");
        var report = await app.Imports.ImportObservationsAsync(Request(city, withFormula, validateOnly: true, fileName: "tunis.xlsx"),
            KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct);

        Assert.Equal((true, 1), (imported.Imported, imported.Created));
        var problem = Assert.Single(report.Problems);
        Assert.Equal((2, "value", "NOT_ALLOWED"), (problem.Row, problem.Column, problem.Reason));
    }

    [Fact]
    public async Task A_file_over_the_limits_is_refused_naming_the_limit()
    {
        var city = await app.NewCityAsync();
        var tooBig = new byte[ObservationImportLimits.MaxBytes + 1];
        var tooManyRows = Csv([.. Enumerable.Range(0, ObservationImportLimits.MaxRows + 1).Select(i => $",cities/{city},indicators/population-total,2019,,,,,value,{i},,Census,,,,")]);

        var bytes = await Assert.ThrowsAsync<RpcException>(() => app.Imports.ImportObservationsAsync(Request(city, tooBig, validateOnly: true),
            KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct).ResponseAsync);
        var rows = await Assert.ThrowsAsync<RpcException>(() => app.Imports.ImportObservationsAsync(Request(city, tooManyRows, validateOnly: true),
            KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(("content", "OUT_OF_RANGE"), Violation(bytes));
        Assert.Equal(("content", "TOO_MANY"), Violation(rows));
    }

    [Fact]
    public async Task Another_citys_person_cannot_import_for_a_city()
    {
        var city = await app.NewCityAsync();
        var file = Csv($",cities/{city},indicators/population-total,2019,,,,,value,1,,Census,,,,");

        var refused = await Assert.ThrowsAsync<RpcException>(() => app.Imports.ImportObservationsAsync(Request(city, file, validateOnly: true),
            KnowledgeApp.As(SharedIssuer.TunisFocalPoint), cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task On_rest_the_file_comes_as_a_multipart_upload_or_as_base64_in_json()
    {
        var city = await app.NewCityAsync();
        var file = Csv($",cities/{city},indicators/population-total,2019,,,,,value,1,,Census,,,,");
        using var rest = app.Knowledge.CreateRestClient();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(file), "file", "figures.csv" },
            { new StringContent($"cities/{city}"), "city" },
            { new StringContent("true"), "validateOnly" },
        };

        using var multipart = await rest.PostAsync(ObservationImportUpload.Path, form, Ct);
        using var json = await rest.PostAsJsonAsync(ObservationImportUpload.Path,
            new { city = $"cities/{city}", fileName = "figures.csv", content = Convert.ToBase64String(file) }, Ct);

        Assert.Equal(HttpStatusCode.OK, multipart.StatusCode);
        var dryRun = JsonDocument.Parse(await multipart.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal((1, false), (dryRun.GetProperty("created").GetInt32(), dryRun.TryGetProperty("imported", out _)));
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.True(JsonDocument.Parse(await json.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("imported").GetBoolean());
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static ImportObservationsRequest Request(string city, byte[] file, bool validateOnly, string fileName = "figures.csv", string reason = "") => new()
    {
        City = $"cities/{city}", FileName = fileName, Content = ByteString.CopyFrom(file), ValidateOnly = validateOnly, Reason = reason,
    };

    private async Task<ImportObservationsResponse> ImportAsync(string city, byte[] file, string fileName = "figures.csv", string reason = "") =>
        await app.Imports.ImportObservationsAsync(Request(city, file, validateOnly: false, fileName, reason), KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct);

    private static (string Field, string Reason) Violation(RpcException e)
    {
        var violation = Assert.Single(e.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        return (violation.Field, violation.Reason);
    }

    private sealed record Formula(string Text);

    /// <summary>A workbook whose first sheet has the export's header and the given row.</summary>
    private static byte[] Workbook(object[] row)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(data);
            data.Append(Row(1, Header.Split(',')));
            data.Append(Row(2, row));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "observations" }));
        }

        return stream.ToArray();
    }

    private static Row Row(uint number, object[] values)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < values.Length; i++)
        {
            var reference = $"{(char)('A' + i)}{number}";
            row.Append(values[i] switch
            {
                Formula f => new Cell { CellReference = reference, CellFormula = new CellFormula(f.Text), CellValue = new CellValue("2") },
                int or double => new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(values[i], System.Globalization.CultureInfo.InvariantCulture)), DataType = CellValues.Number },
                _ => new Cell { CellReference = reference, InlineString = new InlineString(new Text((string)values[i])), DataType = CellValues.InlineString },
            });
        }

        return row;
    }
}
