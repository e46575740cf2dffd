using System.Net;
using System.Text.RegularExpressions;

namespace Mc2cm.Identity.Tests;

/// <summary>The issuer's login page: labelled fields, its language, nothing from elsewhere, and only ever for a client's request.</summary>
public sealed partial class LoginPageTests(DevelopmentIssuer fixture)
{
    private readonly DevIssuer _issuer = fixture.Issuer;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpResponseMessage Page, string Html)> LoginPageAsync(string? uiLocales = null)
    {
        using var browser = _issuer.Browser();
        using var authorize = await browser.GetAsync(new CodeFlow().AuthorizeUrl(uiLocales: uiLocales));
        var page = await browser.FollowAsync(authorize);
        return (page, await page.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Every_field_has_its_label_and_the_page_its_language_and_a_phone_viewport()
    {
        var (page, html) = await LoginPageAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("""<html lang="en" dir="ltr">""", html, StringComparison.Ordinal);
        Assert.Contains("""<meta name="viewport" content="width=device-width, initial-scale=1">""", html, StringComparison.Ordinal);
        var visible = VisibleInput().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(["username", "password"], visible);
        Assert.All(visible, id => Assert.Contains($"""<label for="{id}">""", html, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_page_loads_nothing_from_elsewhere_and_says_so_in_its_content_security_policy()
    {
        var (page, html) = await LoginPageAsync();

        var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", Regex.Replace(html, """name="returnUrl" value="[^"]*" """.Trim(), string.Empty), StringComparison.Ordinal);
        using var browser = _issuer.Browser();
        using var css = await browser.GetAsync("/account/login.css");
        Assert.Equal(("text/css", HttpStatusCode.OK), (css.Content.Headers.ContentType?.MediaType, css.StatusCode));
    }

    [Theory]
    [InlineData("fr-FR en", "fr", "ltr", "Mot de passe")]
    [InlineData("ar", "ar", "rtl", "كلمة المرور")]
    [InlineData("de", "en", "ltr", "Password")]
    public async Task The_page_speaks_the_first_language_of_ui_locales_it_knows(string uiLocales, string language, string direction, string passwordLabel)
    {
        var (_, html) = await LoginPageAsync(uiLocales);

        Assert.Contains($"""<html lang="{language}" dir="{direction}">""", html, StringComparison.Ordinal);
        Assert.Contains($"""<label for="password">{passwordLabel}</label>""", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/account/login?returnUrl=http%3A%2F%2Fevil.example.org%2F")]
    [InlineData("/account/login?returnUrl=%2Faccount%2Flogin")]
    public async Task The_page_is_only_served_for_an_authorization_request(string url)
    {
        using var browser = _issuer.Browser();

        using var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
    }

    [GeneratedRegex("""<input id="(?<id>[^"]+)" """)]
    private static partial Regex VisibleInput();
}
