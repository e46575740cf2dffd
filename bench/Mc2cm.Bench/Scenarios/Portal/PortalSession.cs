using System.Net;
using System.Text.RegularExpressions;

namespace Mc2cm.Bench.Scenarios.Portal;

/// <summary>
/// A person signed in to the portal as the browser does it, with plain HTTP: the portal's sign-in
/// sends to the issuer's login page, its form is posted with the dev password ("dev-" and the user
/// name), and the redirects lead back to the portal with its cookie. The cookies then go to wrk
/// (a Cookie header) or to the form posts.
/// </summary>
public sealed partial class PortalSession : IDisposable
{
    private readonly CookieContainer _cookies = new();
    private readonly Uri _portal;

    private PortalSession(Uri portal)
    {
        _portal = portal;
        Http = new HttpClient(new SocketsHttpHandler { CookieContainer = _cookies, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 })
        {
            BaseAddress = portal,
        };
    }

    /// <summary>Without automatic redirects: a form post's answer (a redirect after a save) is what is timed.</summary>
    public HttpClient Http { get; }

    /// <summary>The portal's cookies as a Cookie header value.</summary>
    public string CookieHeader => _cookies.GetCookieHeader(_portal);

    public static async Task<PortalSession> SignInAsync(Uri portal, string user, CancellationToken cancellationToken)
    {
        var session = new PortalSession(portal);
        using var browser = new HttpClient(new SocketsHttpHandler { CookieContainer = session._cookies, AllowAutoRedirect = true });
        using var login = await browser.GetAsync(new Uri(portal, "/account/sign-in?returnUrl=%2F"), cancellationToken);
        var page = await login.Content.ReadAsStringAsync(cancellationToken);
        var form = Form().Match(page);
        if (!login.IsSuccessStatusCode || !form.Success)
        {
            throw new InvalidOperationException($"The issuer's login page did not come ({(int)login.StatusCode} at {login.RequestMessage?.RequestUri}).");
        }

        var fields = HiddenFields(page);
        fields["userName"] = user;
        fields["password"] = $"dev-{user}";
        using var signedIn = await browser.PostAsync(new Uri(login.RequestMessage!.RequestUri!, WebUtility.HtmlDecode(form.Groups["action"].Value)),
            new FormUrlEncodedContent(fields), cancellationToken);
        if (!signedIn.IsSuccessStatusCode || signedIn.RequestMessage?.RequestUri?.Authority != portal.Authority
            || !(await signedIn.Content.ReadAsStringAsync(cancellationToken)).Contains("data-testid=\"sign-out\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{user} could not sign in: {(int)signedIn.StatusCode} at {signedIn.RequestMessage?.RequestUri}.");
        }

        return session;
    }

    /// <summary>The hidden inputs of a page (antiforgery token, submission id, etag...), decoded.</summary>
    public static Dictionary<string, string> HiddenFields(string html) =>
        HiddenInput().Matches(html)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .DistinctBy(f => f.Name)
            .ToDictionary(f => f.Name, f => f.Value);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("""<form\b[^>]*\baction="(?<action>[^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    // Attribute order varies (Blazor writes name before value; the issuer type first): both orders.
    [GeneratedRegex("""<input\b(?=[^>]*\btype="hidden")(?=[^>]*\bname="(?<name>[^"]*)")(?=[^>]*\bvalue="(?<value>[^"]*)")[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenInput();
}
