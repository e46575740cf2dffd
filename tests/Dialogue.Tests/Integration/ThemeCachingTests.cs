using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Tests.Integration;

/// <summary>The themes are public reads in the reader's language: ETag by language, 304, and a new theme seen at once.</summary>
[Collection(DialogueCollection.Name)]
public sealed class ThemeCachingTests(DialogueApp app) : IDisposable
{
    private readonly HttpClient _anonymous = app.Host.CreateRestClient(user: null);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_theme_list_has_an_etag_per_language_and_a_new_theme_is_listed_at_once()
    {
        using var french = await GetAsync("fr");
        using var arabic = await GetAsync("ar");
        using var frenchAgain = await GetAsync("fr", french.Headers.ETag);
        var id = $"theme-{Guid.NewGuid():N}"[..30];

        await app.Themes.CreateThemeAsync(new CreateThemeRequest
        {
            ThemeId = id,
            Theme = new Theme { DisplayName = new() { En = "Housing", Fr = "Logement" } },
        }, cancellationToken: Ct);
        using var afterWrite = await GetAsync("fr", french.Headers.ETag);

        Assert.NotEqual(french.Headers.ETag, arabic.Headers.ETag);
        Assert.Contains("Accept-Language", french.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, frenchAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterWrite.StatusCode);
        Assert.NotEqual(french.Headers.ETag, afterWrite.Headers.ETag);
        var names = (await afterWrite.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("themes").EnumerateArray()
            .Select(t => t.GetProperty("name").GetString());
        Assert.Contains($"themes/{id}", names);
    }

    private async Task<HttpResponseMessage> GetAsync(string language, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/themes?pageSize=100");
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await _anonymous.SendAsync(request, Ct);
    }

    public void Dispose() => _anonymous.Dispose();
}
