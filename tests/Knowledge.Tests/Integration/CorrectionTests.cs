using System.Net;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>Correcting and retracting figures: the old values stay in the history, and comparisons can be asked "as of" a time.</summary>
public sealed class CorrectionTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private const string Indicator = "indicators/migrant-unemployment-rate";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Observation Figure(double value, int year = 2020, string source = "Labour force survey") =>
        new() { ReferenceYear = year, Value = value, Source = source };

    [Fact]
    public async Task A_correction_replaces_the_figure_and_keeps_who_when_why_and_the_old_value_in_the_history()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));

        var corrected = await CorrectAsync(recorded, "Typo: the survey says 11.2", Figure(11.2, source: "Labour force survey, table 4"));
        var history = (await app.Observations.ListObservationHistoryAsync(new ListObservationHistoryRequest { Name = recorded.Name }, cancellationToken: Ct)).Changes;

        Assert.Equal((11.2, "Labour force survey, table 4", $"cities/{city}", Indicator), (corrected.Value, corrected.Source, corrected.City, corrected.Indicator));
        Assert.NotEqual(recorded.Etag, corrected.Etag);
        var change = Assert.Single(history);
        Assert.Equal((ObservationChangeKind.Corrected, "coordinator", "Typo: the survey says 11.2"), (change.Kind, change.ChangedBy, change.Reason));
        Assert.Equal((14.5, "Labour force survey", 2020), (change.Previous.Value, change.Previous.Source, change.Previous.ReferenceYear));
        Assert.NotNull(change.ChangeTime);
        Assert.NotNull(corrected.UpdateTime);
    }

    [Fact]
    public async Task A_correction_based_on_a_stale_etag_is_refused_and_changes_nothing()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));
        await CorrectAsync(recorded, "First correction", Figure(12));

        var stale = await Assert.ThrowsAsync<RpcException>(() => app.Observations.CorrectObservationAsync(new CorrectObservationRequest
        {
            Name = recorded.Name, Etag = recorded.Etag, Reason = "Second correction, from an old read", Observation = Figure(13),
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(12, (await GetAsync(recorded.Name)).Value);
        var id = recorded.Name["observations/".Length..];
        Assert.Equal(1, await app.QueryAsync(db => db.ObservationChanges.CountAsync(c => c.ObservationId == id, Ct)));
    }

    [Fact]
    public async Task Another_citys_person_may_neither_correct_nor_retract_a_figure()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));

        var correct = await Assert.ThrowsAsync<RpcException>(() => app.Observations.CorrectObservationAsync(new CorrectObservationRequest
        {
            Name = recorded.Name, Etag = recorded.Etag, Reason = "Not my city", Observation = Figure(1),
        }, KnowledgeApp.As(SharedIssuer.TunisFocalPoint), cancellationToken: Ct).ResponseAsync);
        var retract = await Assert.ThrowsAsync<RpcException>(() => app.Observations.RetractObservationAsync(new RetractObservationRequest
        {
            Name = recorded.Name, Etag = recorded.Etag, Reason = "Not my city",
        }, KnowledgeApp.As(SharedIssuer.TunisFocalPoint), cancellationToken: Ct).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (correct.StatusCode, retract.StatusCode));
        var read = await GetAsync(recorded.Name);
        Assert.Equal((14.5, recorded.Etag, (Retraction?)null), (read.Value, read.Etag, read.Retraction));
    }

    [Fact]
    public async Task A_correction_names_its_bad_fields_and_a_city_cannot_change()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));
        var moved = Figure(double.NaN);
        moved.City = "cities/tunis";

        var error = await Assert.ThrowsAsync<RpcException>(() => app.Observations.CorrectObservationAsync(new CorrectObservationRequest
        {
            Name = recorded.Name, Etag = recorded.Etag, Observation = moved,
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violations = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations;
        Assert.Equal(["observation.city", "observation.value", "reason"], violations.Select(v => v.Field).Order());
        Assert.All(violations, v => Assert.NotEmpty(v.Reason));
        Assert.Equal(14.5, (await GetAsync(recorded.Name)).Value);
    }

    [Fact]
    public async Task A_retracted_figure_leaves_the_comparison_and_the_list_stays_readable_with_its_history_and_can_be_replaced()
    {
        var city = await app.NewCityAsync();
        await RecordAsync(city, Figure(14.5, year: 2015));
        var wrong = await RecordAsync(city, Figure(99, year: 2019));

        var retracted = (await app.Observations.RetractObservationAsync(new RetractObservationRequest
        {
            Name = wrong.Name, Etag = wrong.Etag, Reason = "Not a figure of this city",
        }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Observation;
        var cell = (await CompareAsync(city)).Rows.Single().Cell;
        var listed = (await app.Observations.ListObservationsAsync(new ListObservationsRequest { City = city }, cancellationToken: Ct)).Observations;
        var read = await GetAsync(wrong.Name);
        var history = (await app.Observations.ListObservationHistoryAsync(new ListObservationHistoryRequest { Name = wrong.Name }, cancellationToken: Ct)).Changes;
        var again = await Assert.ThrowsAsync<RpcException>(() => app.Observations.CorrectObservationAsync(new CorrectObservationRequest
        {
            Name = wrong.Name, Etag = retracted.Etag, Reason = "Too late", Observation = Figure(9, year: 2019),
        }, cancellationToken: Ct).ResponseAsync);
        var replacement = await RecordAsync(city, Figure(9.5, year: 2019));

        Assert.Equal((CellStatus.Value, 14.5, 2015), (cell.Status, cell.Value, cell.ReferenceYear));
        Assert.Equal([2015], listed.Select(o => o.ReferenceYear));
        Assert.Equal((99d, "Not a figure of this city", "coordinator"), (read.Value, read.Retraction.Reason, read.Retraction.RetractedBy));
        Assert.Equal((ObservationChangeKind.Retracted, 99d), (Assert.Single(history).Kind, history[0].Previous.Value));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Equal(9.5, (await CompareAsync(city)).Rows.Single().Cell.Value);
        Assert.NotEqual(wrong.Name, replacement.Name);
    }

    [Fact]
    public async Task As_of_a_time_the_comparison_answers_the_figure_that_stood_then()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));
        var corrected = await CorrectAsync(recorded, "Revised survey", Figure(11.2, year: 2021));
        await app.Observations.RetractObservationAsync(new RetractObservationRequest { Name = recorded.Name, Etag = corrected.Etag, Reason = "Withdrawn" }, cancellationToken: Ct);
        var retractedAt = (await GetAsync(recorded.Name)).Retraction.RetractTime;

        // SQLite keeps times to a tenth of a millisecond: a millisecond before is surely before.
        var before = (await CompareAsync(city, recorded.CreateTime.ToDateTimeOffset().AddMilliseconds(-1).ToTimestamp())).Rows.Single().Cell;
        var first = (await CompareAsync(city, recorded.CreateTime)).Rows.Single().Cell;
        var second = (await CompareAsync(city, corrected.UpdateTime)).Rows.Single().Cell;
        var retracted = (await CompareAsync(city, retractedAt)).Rows.Single().Cell;
        var now = (await CompareAsync(city)).Rows.Single().Cell;

        Assert.Equal(CellStatus.NotReported, before.Status);
        Assert.Equal((CellStatus.Value, 14.5, 2020, "Labour force survey"), (first.Status, first.Value, first.ReferenceYear, first.Source));
        Assert.Equal((CellStatus.Value, 11.2, 2021), (second.Status, second.Value, second.ReferenceYear));
        Assert.Equal((CellStatus.NotReported, CellStatus.NotReported), (retracted.Status, now.Status));
    }

    [Fact]
    public async Task As_of_works_on_the_csv_export_too_and_a_time_to_come_is_refused()
    {
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));
        await CorrectAsync(recorded, "Revised survey", Figure(11.2));
        var asOf = Uri.EscapeDataString(recorded.CreateTime.ToDateTimeOffset().ToString("O", System.Globalization.CultureInfo.InvariantCulture));

        var then = await CsvLinesAsync($"/api/v1/{Indicator}:compare?cities={city}&asOf={asOf}");
        var now = await CsvLinesAsync($"/api/v1/{Indicator}:compare?cities={city}");
        var future = await Assert.ThrowsAsync<RpcException>(() => CompareAsync(city, DateTimeOffset.UtcNow.AddDays(2).ToTimestamp()));

        Assert.Contains(",value,2020,14.5,", then[1], StringComparison.Ordinal);
        Assert.Contains(",value,2020,11.2,", now[1], StringComparison.Ordinal);
        Assert.Equal(["as_of"], future.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Corrections_and_retractions_publish_their_events_through_the_outbox()
    {
        await using var corrections = await EventQueue.BindAsync(app.Broker, typeof(ObservationCorrected), Ct);
        await using var retractions = await EventQueue.BindAsync(app.Broker, typeof(ObservationRetracted), Ct);
        var city = await app.NewCityAsync();
        var recorded = await RecordAsync(city, Figure(14.5));
        var id = recorded.Name["observations/".Length..];

        var corrected = await CorrectAsync(recorded, "Revised survey", Figure(11.2));
        await app.Observations.RetractObservationAsync(new RetractObservationRequest { Name = recorded.Name, Etag = corrected.Etag, Reason = "Withdrawn" }, cancellationToken: Ct);

        await Poll.UntilAsync(async () => (await corrections.DrainAsync(Ct)).Any(e => e.Text("observationId") == id)
            && (await retractions.DrainAsync(Ct)).Any(e => e.Text("observationId") == id), Poll.ThroughTheBroker, "the two events", Ct);
        var correction = corrections.Received.Single(e => e.Text("observationId") == id).Message;
        var retraction = retractions.Received.Single(e => e.Text("observationId") == id).Message;
        Assert.Equal((city, "migrant-unemployment-rate", "Revised survey"), (correction.GetProperty("cityId").GetString(), correction.GetProperty("indicatorCode").GetString(), correction.GetProperty("reason").GetString()));
        Assert.Equal((14.5, 11.2), (correction.GetProperty("previous").GetProperty("value").GetDouble(), correction.GetProperty("figure").GetProperty("value").GetDouble()));
        Assert.Equal(("Withdrawn", 3), (retraction.GetProperty("reason").GetString(), retraction.GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task A_breakdown_by_sex_gives_a_column_per_sex_beside_the_total_and_one_the_indicator_lacks_is_refused()
    {
        var city = await app.NewCityAsync();
        await RecordAsync(city, Figure(12));
        var women = Figure(14);
        women.Breakdown = new Breakdown { Sex = Sex.Female };
        await RecordAsync(city, women);
        var oldMen = Figure(10, year: 2018);
        oldMen.Breakdown = new Breakdown { Sex = Sex.Male };
        await RecordAsync(city, oldMen);

        var response = await app.Indicators.CompareIndicatorAsync(new CompareIndicatorRequest { Name = Indicator, Cities = { city }, Breakdown = "sex" }, cancellationToken: Ct);
        var csv = await CsvLinesAsync($"/api/v1/{Indicator}:compare?cities={city}&breakdown=sex");
        var lacking = await Assert.ThrowsAsync<RpcException>(() => app.Indicators.CompareIndicatorAsync(
            new CompareIndicatorRequest { Name = Indicator, Cities = { city }, Breakdown = "nationality" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(["female", "male"], response.Categories);
        var row = response.Rows.Single();
        Assert.Equal((12d, 2020), (row.Cell.Value, row.Cell.ReferenceYear));
        // The categories of the total's year: the men's figure is of another year.
        Assert.Equal([(CellStatus.Value, 14d), (CellStatus.NotReported, 0d)], row.CategoryCells.Select(c => (c.Status, c.Value)));
        Assert.EndsWith(",source_url,sex_female,sex_male", csv[0], StringComparison.Ordinal);
        Assert.EndsWith(",14,", csv[1], StringComparison.Ordinal);
        Assert.Equal(["breakdown"], lacking.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task A_time_series_gives_each_citys_figures_over_the_years_in_grpc_and_csv()
    {
        var first = await app.NewCityAsync();
        var second = await app.NewCityAsync();
        await RecordAsync(first, Figure(12, year: 2019));
        await RecordAsync(first, Figure(14, year: 2015));
        await RecordAsync(first, Figure(13, year: 2017));
        await RecordAsync(second, new Observation { ReferenceYear = 2016, Gap = new DataGap { Missing = "Unemployment of migrants", Reason = "Not surveyed" } });

        var series = (await app.Indicators.GetIndicatorSeriesAsync(new GetIndicatorSeriesRequest { Name = Indicator, Cities = { $"{first},{second}" } }, cancellationToken: Ct)).Series;
        var since2017 = (await app.Indicators.GetIndicatorSeriesAsync(new GetIndicatorSeriesRequest { Name = Indicator, Cities = { first }, FromYear = 2017 }, cancellationToken: Ct)).Series;
        var csv = await CsvLinesAsync($"/api/v1/{Indicator}/series?cities={first},{second}");
        var none = await Assert.ThrowsAsync<RpcException>(() => app.Indicators.GetIndicatorSeriesAsync(new GetIndicatorSeriesRequest { Name = Indicator }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal([$"cities/{first}", $"cities/{second}"], series.Select(s => s.City));
        Assert.Equal([(2015, 14d), (2017, 13d), (2019, 12d)], series[0].Points.Select(p => (p.ReferenceYear, p.Value)));
        Assert.Equal((CellStatus.Gap, 2016), (series[1].Points.Single().Status, series[1].Points[0].ReferenceYear));
        Assert.Equal([2017, 2019], since2017.Single().Points.Select(p => p.ReferenceYear));
        Assert.Equal("indicator,unit,city,city_name,reference_year,status,value,text_value,source,gap_missing,gap_reason,observation,source_url", csv[0]);
        Assert.Equal(5, csv.Length);
        Assert.Contains($"cities/{first},", csv[1], StringComparison.Ordinal);
        Assert.Contains(",2015,value,14,", csv[1], StringComparison.Ordinal);
        Assert.Contains(",2016,gap,,,,Unemployment of migrants,Not surveyed,", csv[4], StringComparison.Ordinal);
        Assert.Equal(["cities"], none.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    private async Task<Observation> RecordAsync(string city, Observation observation)
    {
        observation.City = $"cities/{city}";
        observation.Indicator = Indicator;
        return (await app.Observations.CreateObservationAsync(new CreateObservationRequest { Observation = observation }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Observation;
    }

    private async Task<Observation> CorrectAsync(Observation read, string reason, Observation figure) =>
        (await app.Observations.CorrectObservationAsync(new CorrectObservationRequest { Name = read.Name, Etag = read.Etag, Reason = reason, Observation = figure }, cancellationToken: Ct)).Observation;

    private async Task<Observation> GetAsync(string name) =>
        (await app.Observations.GetObservationAsync(new GetObservationRequest { Name = name }, cancellationToken: Ct)).Observation;

    private async Task<CompareIndicatorResponse> CompareAsync(string city, Timestamp? asOf = null) =>
        await app.Indicators.CompareIndicatorAsync(new CompareIndicatorRequest { Name = Indicator, Cities = { city }, AsOf = asOf }, cancellationToken: Ct);

    private async Task<string[]> CsvLinesAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/csv");
        using var response = await app.Rest.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }
}
