using System.Net;
using System.Text.RegularExpressions;

namespace Mc2cm.Identity.Tests;

/// <summary>
/// What a browser does on the issuer's pages, over real HTTP: cookies kept, redirects shown (the
/// last one leaves for the portal, which does not run here), forms posted with their hidden fields.
/// </summary>
public sealed partial class Browser(Uri issuer) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = issuer,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute), Ct);

    /// <summary>Goes where a redirect of the issuer's points, on the issuer.</summary>
    public Task<HttpResponseMessage> FollowAsync(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.True(!location.IsAbsoluteUri || location.Authority == _client.BaseAddress!.Authority, $"{location} leaves the issuer.");
        return GetAsync(location.ToString());
    }

    /// <summary>Fills the login form of <paramref name="page"/> and posts it, with its hidden fields (antiforgery, return URL).</summary>
    public async Task<HttpResponseMessage> SubmitLoginAsync(HttpResponseMessage page, string userName, string password, bool withAntiforgery = true)
    {
        var html = await page.Content.ReadAsStringAsync(Ct);
        var form = HiddenField().Matches(html).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        Assert.Contains("__RequestVerificationToken", form.Keys);
        if (!withAntiforgery)
        {
            form.Remove("__RequestVerificationToken");
        }

        form["userName"] = userName;
        form["password"] = password;
        var action = FormAction().Match(html).Groups["action"].Value;
        return await _client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(form), Ct);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]+)">""")]
    private static partial Regex FormAction();
}
