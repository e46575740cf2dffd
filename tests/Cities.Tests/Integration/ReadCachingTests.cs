using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>
/// GetCity's caching, on the real service and its SQLite file: ETag and Cache-Control on every
/// answer, 304 for a current If-None-Match, and never an answer older than a write that returned.
/// </summary>
public sealed class ReadCachingTests(CitiesApp app) : IClassFixture<CitiesApp>, IDisposable
{
    private readonly HttpClient _anonymous = app.Host.CreateRestClient(user: null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_public_read_carries_its_etag_and_a_current_if_none_match_gets_304_without_a_body()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        using var first = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var again = await ConditionalGetAsync(city.Name, first.Headers.ETag!.ToString());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(city.Etag, first.Headers.ETag.ToString());
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.False(first.Headers.CacheControl.Private);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(city.Etag, again.Headers.ETag?.ToString());
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_read_right_after_a_write_sees_the_write_and_the_old_etag_no_longer_gets_304()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        using var before = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var cached = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);

        var updated = (await app.Cities.UpdateCityAsync(new UpdateCityRequest
        {
            City = new City { Name = city.Name, Etag = city.Etag, DisplayName = new() { En = "Sousse", Fr = "Soussa" } },
            UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        }, cancellationToken: Ct)).City;
        using var after = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var stale = await ConditionalGetAsync(city.Name, city.Etag);
        var overGrpc = (await app.Cities.GetCityAsync(new GetCityRequest { Name = city.Name }, cancellationToken: Ct)).City;

        Assert.Equal("Sousse", (await FrenchNameAsync(cached)));
        Assert.Equal("Soussa", await FrenchNameAsync(after));
        Assert.Equal(updated.Etag, after.Headers.ETag?.ToString());
        Assert.NotEqual(city.Etag, updated.Etag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("Soussa", await FrenchNameAsync(stale));
        Assert.Equal(("Soussa", updated.Etag), (overGrpc.DisplayName.Fr, overGrpc.Etag));
    }

    [Fact]
    public async Task The_cached_public_view_never_gives_personal_data_away_nor_hides_it_from_a_coordinator()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        using var coordinatorFirst = await app.Rest.GetAsync($"/api/v1/{city.Name}", Ct);
        using var anonymous = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var anonymousCached = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var coordinatorAfter = await app.Rest.GetAsync($"/api/v1/{city.Name}", Ct);

        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(coordinatorFirst));
        Assert.Null(await FocalPointNameAsync(anonymous));
        Assert.Null(await FocalPointNameAsync(anonymousCached));
        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(coordinatorAfter));
        Assert.True(coordinatorAfter.Headers.CacheControl!.Private);
    }

    private async Task<HttpResponseMessage> ConditionalGetAsync(string name, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{name}");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await _anonymous.SendAsync(request, Ct);
    }

    private static async Task<string?> FrenchNameAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("displayName").GetProperty("fr").GetString();

    private static async Task<string?> FocalPointNameAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("focalPoints")[0].TryGetProperty("displayName", out var name)
            ? name.GetString() : null;

    public void Dispose() => _anonymous.Dispose();
}
