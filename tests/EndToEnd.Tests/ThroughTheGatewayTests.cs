using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>A client app's view: the suite runs from its AppHost and is reached through the gateway only.</summary>
[Collection(nameof(SuiteCollection))]
public sealed class ThroughTheGatewayTests(SuiteFixture suite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rest_lists_the_nine_phase_one_cities_among_the_network()
    {
        using var rest = suite.GatewayRest();

        var all = await rest.GetFromJsonAsync<JsonElement>("/api/v1/cities?pageSize=100", Ct);
        var phaseOne = await rest.GetFromJsonAsync<JsonElement>("/api/v1/cities?phase=phases/phase-1", Ct);

        Assert.True(all.GetProperty("totalSize").GetInt32() >= 20);
        Assert.Equal(
            ["Amman", "Beirut", "Lisbon", "Lyon", "Madrid", "Tangier", "Tunis", "Turin", "Vienna"],
            phaseOne.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("displayName").GetProperty("en").GetString()));
    }

    [Fact]
    public async Task Grpc_lists_the_same_cities_as_rest()
    {
        using var channel = suite.GatewayGrpc();
        using var rest = suite.GatewayRest();

        var grpc = await new CitiesService.CitiesServiceClient(channel).ListCitiesAsync(new ListCitiesRequest { PageSize = 100 }, cancellationToken: Ct);
        var json = await rest.GetFromJsonAsync<JsonElement>("/api/v1/cities?pageSize=100", Ct);

        Assert.Equal(json.GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("name").GetString()), grpc.Cities.Select(c => c.Name));
    }

    [Fact]
    public async Task A_city_registered_over_rest_is_read_over_grpc_and_bad_input_stores_nothing()
    {
        using var rest = suite.GatewayRest();
        using var channel = suite.GatewayGrpc();
        var cities = new CitiesService.CitiesServiceClient(channel);
        var id = $"e2e-{Guid.NewGuid():N}"[..20];

        using var created = await rest.PostAsync($"/api/v1/cities?cityId={id}", new StringContent(
            """{"displayName":{"en":"Sousse","fr":"Sousse","ar":"سوسة"},"countryCode":"TN","region":"REGION_NORTH_AFRICA"}""", Encoding.UTF8, "application/json"), Ct);
        using var refused = await rest.PostAsync($"/api/v1/cities?cityId={id}-bad", new StringContent(
            """{"displayName":{"en":"Sousse"},"countryCode":"TUN","region":"REGION_NORTH_AFRICA"}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("سوسة", (await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{id}" }, cancellationToken: Ct)).City.DisplayName.Ar);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("city.country_code", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var stored = await Assert.ThrowsAsync<RpcException>(() => cities.GetCityAsync(new GetCityRequest { Name = $"cities/{id}-bad" }, cancellationToken: Ct).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, stored.StatusCode);
    }
}
