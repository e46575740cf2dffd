using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Mc2cm.Testing;
using CitiesProto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>
/// GetProfile's HTTP caching: its answer depends on the reader's language, so its ETag does; and an
/// effect committed by the inbox (a city renamed in Cities) is a write like any other for its ETag.
/// </summary>
public sealed class ProfileCachingTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>, IDisposable
{
    private readonly HttpClient _anonymous = app.Knowledge.CreateRestClient(user: null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_language_asked_for_varies_the_etag_and_a_304_needs_the_same_language()
    {
        using var french = await GetAsync("/api/v1/profiles/lisbon", "fr-FR, en;q=0.5");
        using var arabic = await GetAsync("/api/v1/profiles/lisbon", "ar");
        using var frenchAgain = await GetAsync("/api/v1/profiles/lisbon", "fr", french.Headers.ETag);
        using var frenchTagInArabic = await GetAsync("/api/v1/profiles/lisbon", "ar", french.Headers.ETag);

        Assert.NotEqual(french.Headers.ETag, arabic.Headers.ETag);
        Assert.Contains("Accept-Language", french.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, frenchAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, frenchTagInArabic.StatusCode);
        Assert.Equal(arabic.Headers.ETag, frenchTagInArabic.Headers.ETag);
    }

    [Fact]
    public async Task A_city_renamed_through_the_inbox_gives_the_profile_a_new_etag()
    {
        using var before = await GetAsync("/api/v1/profiles/lisbon", "fr");
        var city = (await app.CityClient.GetCityAsync(new CitiesProto.GetCityRequest { Name = "cities/lisbon" }, cancellationToken: Ct)).City;

        await app.CityClient.UpdateCityAsync(new CitiesProto.UpdateCityRequest
        {
            City = new CitiesProto.City { Name = city.Name, Etag = city.Etag, DisplayName = new() { Fr = "Lisbonne (Lisboa)" } },
            UpdateMask = new FieldMask { Paths = { "display_name.fr" } },
        }, cancellationToken: Ct);
        await Poll.UntilAsync(async () =>
        {
            using var read = await GetAsync("/api/v1/profiles/lisbon", "fr");
            return await FrenchCityNameAsync(read) == "Lisbonne (Lisboa)";
        }, Poll.ThroughTheBroker, "Knowledge to apply the new name", Ct);
        using var conditional = await GetAsync("/api/v1/profiles/lisbon", "fr", before.Headers.ETag);

        Assert.Equal(HttpStatusCode.OK, conditional.StatusCode);
        Assert.Equal("Lisbonne (Lisboa)", await FrenchCityNameAsync(conditional));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string language, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await _anonymous.SendAsync(request, Ct);
    }

    private static async Task<string?> FrenchCityNameAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("cityDisplayName").GetProperty("text").GetString();

    public void Dispose() => _anonymous.Dispose();
}
