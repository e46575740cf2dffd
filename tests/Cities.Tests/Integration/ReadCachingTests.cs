using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Mc2cm.Contracts.Cities.V1;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>
/// The public reads' caching, on the real service and its SQLite file: an anonymous answer carries an
/// ETag and "no-cache", a current If-None-Match gets 304 without the read running, an answer is never
/// older than a write that returned, and what a caller with a token reads is kept by no cache.
/// </summary>
public sealed class ReadCachingTests(CitiesApp app) : IClassFixture<CitiesApp>, IDisposable
{
    private readonly HttpClient _anonymous = app.Host.CreateRestClient(user: null);
    private readonly GrpcChannel _anonymousChannel = app.Host.CreateGrpcChannel(user: null);

    private CitiesService.CitiesServiceClient AnonymousGrpc => new(_anonymousChannel);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_read_carries_an_etag_and_no_cache_and_a_current_if_none_match_gets_304_without_a_body()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        foreach (var path in new[] { $"/api/v1/{city.Name}", "/api/v1/cities?pageSize=5&region=REGION_NORTH_AFRICA" })
        {
            using var first = await _anonymous.GetAsync(path, Ct);
            using var again = await ConditionalGetAsync(_anonymous, path, first.Headers.ETag!);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.ETag!.IsWeak, path);
            Assert.True(first.Headers.CacheControl!.NoCache, path);
            Assert.False(first.Headers.CacheControl.Private || first.Headers.CacheControl.NoStore, path);
            Assert.Contains("Authorization", first.Headers.Vary);
            Assert.DoesNotContain("Accept-Language", first.Headers.Vary);
            Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
            Assert.Equal(first.Headers.ETag, again.Headers.ETag);
            Assert.True(again.Headers.CacheControl!.NoCache, path);
            Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
        }
    }

    [Fact]
    public async Task A_304_and_a_cached_answer_do_not_read_the_database()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        using var first = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);

        // Changed behind the service's back (no save): only a read that queries the database would see it.
        await app.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE cities SET PopulationValue = 1 WHERE Id = {city.Name[7..]}", Ct));
        using var conditional = await ConditionalGetAsync(_anonymous, $"/api/v1/{city.Name}", first.Headers.ETag!);
        var overGrpc = (await AnonymousGrpc.GetCityAsync(new GetCityRequest { Name = city.Name }, cancellationToken: Ct)).City;
        var asCoordinator = (await app.Cities.GetCityAsync(new GetCityRequest { Name = city.Name }, cancellationToken: Ct)).City;

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(271_428, overGrpc.Population.Value);
        Assert.Equal(1, asCoordinator.Population.Value);
    }

    [Fact]
    public async Task A_read_right_after_a_write_sees_it_and_the_old_etag_gets_the_new_answer_with_a_new_etag()
    {
        var city = await CreateNamedCityAsync();
        var cityPath = $"/api/v1/{city.Name}";
        var listPath = $"/api/v1/cities?query={Uri.EscapeDataString(city.DisplayName.En)}";
        using var before = await _anonymous.GetAsync(cityPath, Ct);
        using var listedBefore = await _anonymous.GetAsync(listPath, Ct);
        using var cached = await _anonymous.GetAsync(cityPath, Ct);
        await AnonymousGrpc.GetCityAsync(new GetCityRequest { Name = city.Name }, cancellationToken: Ct);

        await app.Cities.UpdateCityAsync(new UpdateCityRequest
        {
            City = new City { Name = city.Name, Etag = city.Etag, DisplayName = new() { En = "Sousse", Fr = "Soussa" } },
            UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        }, cancellationToken: Ct);
        using var after = await _anonymous.GetAsync(cityPath, Ct);
        using var stale = await ConditionalGetAsync(_anonymous, cityPath, before.Headers.ETag!);
        using var staleList = await ConditionalGetAsync(_anonymous, listPath, listedBefore.Headers.ETag!);
        var overGrpc = (await AnonymousGrpc.GetCityAsync(new GetCityRequest { Name = city.Name }, cancellationToken: Ct)).City;

        Assert.Equal("Sousse", await FrenchNameAsync(cached));
        Assert.Equal(before.Headers.ETag, cached.Headers.ETag);
        Assert.Equal("Soussa", await FrenchNameAsync(after));
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Equal("Soussa", await FrenchNameAsync(stale));
        Assert.Equal(after.Headers.ETag, stale.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, staleList.StatusCode);
        Assert.NotEqual(listedBefore.Headers.ETag, staleList.Headers.ETag);
        var listed = (await staleList.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("cities")[0];
        Assert.Equal("Soussa", listed.GetProperty("displayName").GetProperty("fr").GetString());
        Assert.Equal("Soussa", overGrpc.DisplayName.Fr);
    }

    [Fact]
    public async Task What_a_caller_with_a_token_reads_is_private_no_store_without_an_etag_and_never_a_304()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;
        using var anonymous = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);

        foreach (var path in new[] { $"/api/v1/{city.Name}", "/api/v1/cities?pageSize=5" })
        {
            using var coordinator = await app.Rest.GetAsync(path, Ct);

            Assert.Equal(HttpStatusCode.OK, coordinator.StatusCode);
            Assert.True(coordinator.Headers.CacheControl!.Private, path);
            Assert.True(coordinator.Headers.CacheControl.NoStore, path);
            Assert.Null(coordinator.Headers.ETag);
            Assert.Contains("Authorization", coordinator.Headers.Vary);
        }

        // The anonymous ETag names the public view: with a token it gets the caller's own answer in full.
        using var conditional = await ConditionalGetAsync(app.Rest, $"/api/v1/{city.Name}", anonymous.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, conditional.StatusCode);
        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(conditional));
    }

    [Fact]
    public async Task The_cached_public_view_never_gives_personal_data_away_nor_hides_it_from_a_coordinator()
    {
        var city = await CreateNamedCityAsync();
        var listPath = $"/api/v1/cities?query={Uri.EscapeDataString(city.DisplayName.En)}";

        using var coordinatorFirst = await app.Rest.GetAsync($"/api/v1/{city.Name}", Ct);
        using var anonymous = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var anonymousCached = await _anonymous.GetAsync($"/api/v1/{city.Name}", Ct);
        using var coordinatorAfter = await app.Rest.GetAsync($"/api/v1/{city.Name}", Ct);
        using var listed = await _anonymous.GetAsync(listPath, Ct);
        using var listedForCoordinator = await app.Rest.GetAsync(listPath, Ct);

        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(coordinatorFirst));
        Assert.Null(await FocalPointNameAsync(anonymous));
        Assert.Null(await FocalPointNameAsync(anonymousCached));
        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(coordinatorAfter));
        Assert.Null(await FocalPointNameAsync(listed, inList: true));
        Assert.Equal("Amal Ben Salah", await FocalPointNameAsync(listedForCoordinator, inList: true));
    }

    [Fact]
    public async Task The_language_asked_for_does_not_change_a_city_answer_nor_its_etag()
    {
        var city = (await app.Cities.CreateCityAsync(CityRequests.Create(), cancellationToken: Ct)).City;

        using var french = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{city.Name}") { Headers = { { "Accept-Language", "fr" } } };
        using var arabic = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{city.Name}") { Headers = { { "Accept-Language", "ar" } } };
        using var inFrench = await _anonymous.SendAsync(french, Ct);
        using var inArabic = await _anonymous.SendAsync(arabic, Ct);

        // A city carries its name in every language: one answer, one ETag, whatever the reader's language.
        Assert.Equal(inFrench.Headers.ETag, inArabic.Headers.ETag);
        Assert.Equal(await inFrench.Content.ReadAsStringAsync(Ct), await inArabic.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>A city whose English name no other city has, so that a list can find it alone.</summary>
    private async Task<City> CreateNamedCityAsync()
    {
        var create = CityRequests.Create();
        create.City.DisplayName.En = $"Sousse {create.CityId}";
        return (await app.Cities.CreateCityAsync(create, cancellationToken: Ct)).City;
    }

    private static async Task<HttpResponseMessage> ConditionalGetAsync(HttpClient client, string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await client.SendAsync(request, Ct);
    }

    private static async Task<string?> FrenchNameAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("displayName").GetProperty("fr").GetString();

    private static async Task<string?> FocalPointNameAsync(HttpResponseMessage response, bool inList = false)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var city = inList ? body.GetProperty("cities")[0] : body;
        return city.GetProperty("focalPoints")[0].TryGetProperty("displayName", out var name) ? name.GetString() : null;
    }

    public void Dispose()
    {
        _anonymous.Dispose();
        _anonymousChannel.Dispose();
    }
}
