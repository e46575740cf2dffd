using System.Net;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>Comparing cities on one indicator: every cell has its year and source, and gaps stay gaps.</summary>
public sealed class ComparisonTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private const string PhaseOne = "amman,beirut,lisbon,lyon,madrid,tangier,tunis,turin,vienna";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_phase_one_cities_are_compared_on_seeded_figures_each_with_its_year_source_and_address()
    {
        var request = new CompareIndicatorRequest { Name = "indicators/population-total", Cities = { PhaseOne } };

        var response = await app.Indicators.CompareIndicatorAsync(request, cancellationToken: Ct);

        Assert.Equal(PhaseOne.Split(',').Select(c => $"cities/{c}"), response.Rows.Select(r => r.City));
        var tunis = response.Rows.Single(r => r.City == "cities/tunis").Cell;
        Assert.Equal((CellStatus.Value, 638_845d, 2014), (tunis.Status, tunis.Value, tunis.ReferenceYear));
        Assert.Equal("https://123dok.net/document/zlgxl9mg-profil-migratoire-de-ville.html", tunis.SourceUrl);
        Assert.All(response.Rows, r =>
        {
            Assert.Equal(CellStatus.Value, r.Cell.Status);
            Assert.True(r.Cell.ReferenceYear > 0 && r.Cell.Source.Length > 0, $"{r.City} has no year or source");
            Assert.StartsWith("http", r.Cell.SourceUrl, StringComparison.Ordinal);
        });
        Assert.Equal("Lisbon", response.Rows.Single(r => r.City == "cities/lisbon").CityDisplayName.En);
    }

    [Fact]
    public async Task A_declared_gap_of_the_seed_is_compared_as_a_gap_with_its_reason_and_address()
    {
        var request = new CompareIndicatorRequest { Name = "indicators/immigrant-share", Cities = { "amman,vienna" } };

        var rows = (await app.Indicators.CompareIndicatorAsync(request, cancellationToken: Ct)).Rows;

        Assert.Equal((CellStatus.Gap, "https://imap-migration.org/urban/city-migration-dashboards/amman"), (rows[0].Cell.Status, rows[0].Cell.SourceUrl));
        Assert.Contains("forced migrants", rows[0].Cell.Gap.Reason, StringComparison.Ordinal);
        Assert.Equal((CellStatus.Value, 34.5, 2016), (rows[1].Cell.Status, rows[1].Cell.Value, rows[1].Cell.ReferenceYear));
    }

    [Fact]
    public async Task A_recorded_gap_and_the_latest_year_of_each_city_appear_in_the_comparison()
    {
        var gapCity = await app.NewCityAsync();
        var twoYears = await app.NewCityAsync();
        await Record(gapCity, new Observation { ReferenceYear = 2020, Gap = new DataGap { Missing = "Unemployment of migrants", Reason = "Not collected locally" } });
        await Record(twoYears, new Observation { ReferenceYear = 2015, Value = 14.5, Source = "Labour force survey 2015" });
        await Record(twoYears, new Observation { ReferenceYear = 2019, Value = 11.2, Source = "Labour force survey 2019" });

        var latest = await app.Indicators.CompareIndicatorAsync(new CompareIndicatorRequest
        {
            Name = "indicators/migrant-unemployment-rate", Cities = { $"{gapCity},{twoYears}" },
        }, cancellationToken: Ct);
        var in2015 = await app.Indicators.CompareIndicatorAsync(new CompareIndicatorRequest
        {
            Name = "indicators/migrant-unemployment-rate", Cities = { gapCity, twoYears }, Year = 2015,
        }, cancellationToken: Ct);

        Assert.Equal((CellStatus.Gap, "Not collected locally", 0d), (latest.Rows[0].Cell.Status, latest.Rows[0].Cell.Gap.Reason, latest.Rows[0].Cell.Value));
        Assert.Equal((CellStatus.Value, 11.2, 2019, "Labour force survey 2019"), (latest.Rows[1].Cell.Status, latest.Rows[1].Cell.Value, latest.Rows[1].Cell.ReferenceYear, latest.Rows[1].Cell.Source));
        Assert.Equal((CellStatus.NotReported, CellStatus.Value, 14.5), (in2015.Rows[0].Cell.Status, in2015.Rows[1].Cell.Status, in2015.Rows[1].Cell.Value));
    }

    [Fact]
    public async Task The_comparison_downloads_as_csv_with_a_stable_column_order()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators/population-total:compare?cities=tunis,lisbon");
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await app.Rest.SendAsync(request, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("indicator,unit,city,city_name,status,reference_year,value,text_value,source,gap_missing,gap_reason,observation,source_url", lines[0]);
        Assert.StartsWith("indicators/population-total,persons,cities/tunis,Tunis,value,2014,638845,,\"Profil migratoire de ville : Tunis, résumé exécutif (MC2CM)\",", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",https://123dok.net/document/zlgxl9mg-profil-migratoire-de-ville.html", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("indicators/population-total,persons,cities/lisbon,Lisbon,value,2021,545796,,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task A_source_that_looks_like_a_formula_downloads_as_text_in_the_comparison()
    {
        var city = await app.NewCityAsync();
        await Record(city, new Observation { ReferenceYear = 2019, Value = -0.5, Source = "+1+cmd|' /C calc'!A0" });
        // The city's name in the export comes from Knowledge's copy of the network, which its events fill.
        await Poll.UntilAsync(async () => await app.QueryAsync(db => db.KnownCities.AnyAsync(c => c.Id == city)),
            Poll.ThroughTheBroker, "Knowledge to know the new city's name", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/indicators/migrant-unemployment-rate:compare?cities={city}");
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await app.Rest.SendAsync(request, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"cities/{city},Oujda,value,2019,-0.5,,\"'+1+cmd|' /C calc'!A0\",,,", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_route_answers_json_to_everyone_else_and_errors_the_same_way_in_csv()
    {
        using var json = await app.Rest.GetAsync("/api/v1/indicators/population-total:compare?cities=tunis", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators/no-such-indicator:compare?cities=tunis");
        request.Headers.Accept.ParseAdd("text/csv");
        using var missing = await app.Rest.SendAsync(request, Ct);

        Assert.Equal("application/json", json.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(5, System.Text.Json.JsonDocument.Parse(await missing.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Unknown_cities_and_indicators_are_refused_clearly()
    {
        var city = await Assert.ThrowsAsync<RpcException>(() => app.Indicators.CompareIndicatorAsync(
            new CompareIndicatorRequest { Name = "indicators/population-total", Cities = { "atlantis" } }, cancellationToken: Ct).ResponseAsync);
        var indicator = await Assert.ThrowsAsync<RpcException>(() => app.Indicators.CompareIndicatorAsync(
            new CompareIndicatorRequest { Name = "indicators/happiness" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.NotFound), (city.StatusCode, indicator.StatusCode));
        Assert.Contains("atlantis", city.Status.Detail, StringComparison.Ordinal);
    }

    private Task<CreateObservationResponse> Record(string city, Observation observation)
    {
        observation.City = $"cities/{city}";
        observation.Indicator = "indicators/migrant-unemployment-rate";
        return app.Observations.CreateObservationAsync(new CreateObservationRequest { Observation = observation }, cancellationToken: Ct).ResponseAsync;
    }
}
