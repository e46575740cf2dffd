using System.Net;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>Recording figures: bad input is refused with a clear error and stores nothing.</summary>
public sealed class ObservationTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static CreateObservationRequest Figure(string city, int year = 2020) => new()
    {
        Observation = new Observation { City = $"cities/{city}", Indicator = "indicators/immigrant-share", ReferenceYear = year, Value = 12.5, Source = "Municipal register" },
    };

    private Task<int> CountAsync() => app.QueryAsync(db => db.Observations.CountAsync(Ct));

    private async Task<RpcException> RefusedAsync(CreateObservationRequest request)
    {
        var before = await CountAsync();
        var error = await Assert.ThrowsAsync<RpcException>(() => app.Observations.CreateObservationAsync(request, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(before, await CountAsync());
        return error;
    }

    [Fact]
    public async Task A_figure_of_a_member_city_is_recorded_with_its_source_and_year()
    {
        var city = await app.NewCityAsync();

        var recorded = (await app.Observations.CreateObservationAsync(Figure(city), KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Observation;
        var read = (await app.Observations.GetObservationAsync(new GetObservationRequest { Name = recorded.Name }, cancellationToken: Ct)).Observation;

        Assert.Equal((12.5, 2020, "Municipal register", "coordinator"), (read.Value, read.ReferenceYear, read.Source, read.CreatedBy));
    }

    [Fact]
    public async Task A_figures_source_address_is_stored_and_returned_and_a_malformed_one_is_refused()
    {
        var city = await app.NewCityAsync();
        var withAddress = Figure(city);
        withAddress.Observation.SourceUrl = "https://www.ine.es/jaxiT3/Tabla.htm?t=2881";
        var malformed = Figure(city, year: 2019);
        malformed.Observation.SourceUrl = "javascript:alert(1)";

        var recorded = (await app.Observations.CreateObservationAsync(withAddress, cancellationToken: Ct)).Observation;
        var read = (await app.Observations.GetObservationAsync(new GetObservationRequest { Name = recorded.Name }, cancellationToken: Ct)).Observation;
        var error = await RefusedAsync(malformed);

        Assert.Equal("https://www.ine.es/jaxiT3/Tabla.htm?t=2881", read.SourceUrl);
        Assert.Equal(["observation.source_url"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task No_source_and_a_future_year_are_named_fields()
    {
        var request = Figure("tunis", year: DateTime.UtcNow.Year + 1);
        request.Observation.Source = "";

        var error = await RefusedAsync(request);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["observation.reference_year", "observation.source"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task An_unknown_city_or_indicator_is_not_found_and_a_non_member_is_a_failed_precondition()
    {
        var outsider = await app.NewCityAsync(member: false);
        var unknownIndicator = Figure("tunis");
        unknownIndicator.Observation.Indicator = "indicators/happiness";

        var unknownCity = await RefusedAsync(Figure("atlantis"));
        var noIndicator = await RefusedAsync(unknownIndicator);
        var notMember = await RefusedAsync(Figure(outsider));

        Assert.Equal((StatusCode.NotFound, "cities/atlantis"), (unknownCity.StatusCode, unknownCity.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName));
        Assert.Equal((StatusCode.NotFound, "indicators/happiness"), (noIndicator.StatusCode, noIndicator.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName));
        Assert.Equal(StatusCode.FailedPrecondition, notMember.StatusCode);
        Assert.Contains($"cities/{outsider}", notMember.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_figure_for_the_same_city_indicator_year_and_breakdown_already_exists()
    {
        var city = await app.NewCityAsync();
        await app.Observations.CreateObservationAsync(Figure(city), cancellationToken: Ct);

        var duplicate = await RefusedAsync(Figure(city));
        var byWomen = Figure(city);
        byWomen.Observation.Breakdown = new Breakdown { Sex = Sex.Female };
        await app.Observations.CreateObservationAsync(byWomen, cancellationToken: Ct);

        Assert.Equal(StatusCode.AlreadyExists, duplicate.StatusCode);
    }

    [Fact]
    public async Task A_source_or_note_that_looks_like_a_formula_downloads_as_text_and_a_negative_figure_as_a_number()
    {
        var city = await app.NewCityAsync();
        var request = Figure(city);
        request.Observation.Value = -3.5;
        request.Observation.Source = "=HYPERLINK(\"http://evil.example\",\"click\")";
        request.Observation.Note = "@SUM(A1:A9)";
        await app.Observations.CreateObservationAsync(request, cancellationToken: Ct);

        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/observations?city={city}");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var response = await app.Rest.SendAsync(csvRequest, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(
            ",value,-3.5,,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",,,\"'@SUM(A1:A9)\",",
            Assert.Single(lines[1..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citys_observations_download_as_csv()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/observations?city=tunis");
        request.Headers.Accept.ParseAdd("text/csv");

        using var response = await app.Rest.SendAsync(request, Ct);
        var lines = (await response.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("observation,city,indicator,reference_year,sex,age_group,nationality,legal_status,kind,value,text_value,source,gap_missing,gap_reason,note,source_url", lines[0]);
        Assert.Equal(7, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("indicators/internal-migration-departures,2014,,,,,value,91791,", StringComparison.Ordinal)
            && l.EndsWith("period 2009–2014,https://123dok.net/document/zlgxl9mg-profil-migratoire-de-ville.html", StringComparison.Ordinal));
    }
}
