using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Mc2cm.Identity.Tests;

/// <summary>
/// A development issuer with known passwords never signs a person in outside Development: no
/// authorization or end-session endpoint, no login page, no code grant; clients keep their credentials.
/// </summary>
public sealed class OutsideDevelopmentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Production")]
    [InlineData("Testing")]
    public async Task Nobody_can_sign_in_interactively(string environment)
    {
        await using var issuer = DevIssuer.Start(environment);
        using var browser = issuer.Browser();

        using var authorize = await browser.GetAsync(new CodeFlow().AuthorizeUrl());
        using var login = await browser.GetAsync("/account/login?returnUrl=%2Fconnect%2Fauthorize%3Fclient_id%3Dportal");
        using var logout = await browser.GetAsync("/connect/logout");
        using var unknown = await browser.GetAsync("/nothing-here");
        var discovery = await (await browser.GetAsync("/.well-known/openid-configuration")).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var (codeGrant, refusal) = await issuer.TokenAsync(("grant_type", "authorization_code"), ("code", "any"), ("code_verifier", "any"),
            ("redirect_uri", DevIssuer.RedirectUri.ToString()));
        var (clientCredentials, _) = await issuer.TokenAsync(("grant_type", "client_credentials"));

        // Answered like any path the issuer does not have (the fallback policy refuses it before routing would say 404).
        Assert.False(unknown.IsSuccessStatusCode);
        Assert.Equal((unknown.StatusCode, unknown.StatusCode, unknown.StatusCode), (authorize.StatusCode, login.StatusCode, logout.StatusCode));
        Assert.False(discovery.TryGetProperty("authorization_endpoint", out _));
        Assert.False(discovery.TryGetProperty("end_session_endpoint", out _));
        Assert.Equal((HttpStatusCode.BadRequest, "unsupported_grant_type"), (codeGrant.StatusCode, refusal.GetProperty("error").GetString()));
        Assert.Equal(HttpStatusCode.OK, clientCredentials.StatusCode);
    }
}
