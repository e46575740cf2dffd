using System.Net;
using Mc2cm.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mc2cm.Identity.Tests;

/// <summary>
/// A person signs in to the portal through the development issuer: authorization request with
/// PKCE, the issuer's login page, the code, the token exchange; the tokens carry what the services
/// read and the services' own validation accepts them.
/// </summary>
public sealed class SignInTests(DevelopmentIssuer fixture)
{
    private readonly DevIssuer _issuer = fixture.Issuer;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_focal_point_signs_in_and_the_services_accept_the_access_token_as_theirs()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();

        var code = await flow.SignInAsync(browser, SharedIssuer.TunisFocalPoint, "dev-tunis-focal-point");
        var (response, tokens) = await flow.RedeemAsync(_issuer, code);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var access = new JsonWebToken(tokens.GetProperty("access_token").GetString());
        Assert.Equal(
            ("tunis-focal-point", "Focal point of Tunis", "focal-point", "tunis", "mc2cm-api", _issuer.Address.ToString()),
            (access.Subject, Claim(access, "name"), Claim(access, "role"), Claim(access, "mc2cm:city"), access.Audiences.Single(), access.Issuer));
        // The same claims, issuer and audience as the client-credentials token of the same user.
        using var back = _issuer.BackChannel();
        var clientCredentials = new JsonWebToken(await SharedIssuer.RequestTokenAsync(back, SharedIssuer.TunisFocalPoint));
        Assert.Equal(Mc2cmClaims(clientCredentials), Mc2cmClaims(access));

        await using var api = await ServiceLikeApi.StartAsync(_issuer);
        Assert.Equal((200, "tunis-focal-point"), await api.CallAsync("/cities/tunis/draft", access.EncodedToken));
        Assert.Equal(403, (await api.CallAsync("/cities/sfax/draft", access.EncodedToken)).Status);
    }

    [Fact]
    public async Task The_identity_token_names_the_person_their_role_and_city_for_the_portal_header()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();

        var code = await flow.SignInAsync(browser, SharedIssuer.LisbonExpert, "dev-lisbon-expert");
        var (_, tokens) = await flow.RedeemAsync(_issuer, code);

        var id = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(
            ("lisbon-expert", "Local expert of Lisbon", "local-expert", "lisbon", DevIssuer.PortalId),
            (id.Subject, Claim(id, "name"), Claim(id, "role"), Claim(id, "mc2cm:city"), id.Audiences.Single()));
    }

    [Fact]
    public async Task A_refresh_token_gets_a_new_access_token_with_the_same_claims()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();
        var (_, tokens) = await flow.RedeemAsync(_issuer, await flow.SignInAsync(browser, SharedIssuer.Coordinator, "dev-coordinator"));

        var (response, refreshed) = await _issuer.TokenAsync(("grant_type", "refresh_token"), ("refresh_token", tokens.GetProperty("refresh_token").GetString()!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            Mc2cmClaims(new JsonWebToken(tokens.GetProperty("access_token").GetString())),
            Mc2cmClaims(new JsonWebToken(refreshed.GetProperty("access_token").GetString())));
    }

    [Fact]
    public async Task A_wrong_password_shows_the_form_again_with_an_error_and_gives_no_code()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();
        using var authorize = await browser.GetAsync(flow.AuthorizeUrl());
        using var page = await browser.FollowAsync(authorize);

        using var submitted = await browser.SubmitLoginAsync(page, SharedIssuer.Coordinator, "dev-tunis-focal-point");

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var html = await submitted.Content.ReadAsStringAsync(Ct);
        Assert.Contains("""role="alert">The user name or the password is not right.</p>""", html, StringComparison.Ordinal);
        Assert.Contains("""value="coordinator">""", html, StringComparison.Ordinal);
        // Nobody is signed in at the issuer: authorizing again still asks for the password.
        using var again = await browser.GetAsync(flow.AuthorizeUrl());
        Assert.Equal("/account/login", again.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();
        using var authorize = await browser.GetAsync(flow.AuthorizeUrl());
        using var page = await browser.FollowAsync(authorize);

        using var submitted = await browser.SubmitLoginAsync(page, SharedIssuer.Coordinator, "dev-coordinator", withAntiforgery: false);

        Assert.Equal(HttpStatusCode.BadRequest, submitted.StatusCode);
        using var again = await browser.GetAsync(flow.AuthorizeUrl());
        Assert.Equal("/account/login", again.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task An_authorization_request_without_PKCE_is_refused_before_any_login()
    {
        using var browser = _issuer.Browser();

        using var authorize = await browser.GetAsync(new CodeFlow().AuthorizeUrl(pkce: false));

        Assert.Equal((HttpStatusCode.BadRequest, null), (authorize.StatusCode, authorize.Headers.Location));
        Assert.Contains("code_challenge", await authorize.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silent_authorization_request_without_an_issuer_session_comes_back_with_login_required()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();

        using var authorize = await browser.GetAsync(flow.AuthorizeUrl(prompt: "none"));

        var answer = CodeFlow.PortalQuery(authorize);
        Assert.Equal(("login_required", flow.State), (answer["error"], answer["state"]));
        Assert.DoesNotContain("code", answer.Keys);
    }

    [Fact]
    public async Task A_code_is_worth_nothing_without_its_verifier()
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();
        var code = await flow.SignInAsync(browser, SharedIssuer.Coordinator, "dev-coordinator");

        var (response, body) = await flow.RedeemAsync(_issuer, code, verifier: new CodeFlow().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
        Assert.False(body.TryGetProperty("access_token", out _));
    }

    [Fact]
    public async Task A_redirect_uri_the_portal_did_not_register_gets_no_redirect()
    {
        using var browser = _issuer.Browser();

        using var authorize = await browser.GetAsync(new CodeFlow().AuthorizeUrl(redirectUri: "http://evil.example.org/signin-oidc"));

        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        Assert.Null(authorize.Headers.Location);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Signing_out_ends_the_issuer_session_so_the_next_sign_in_asks_for_the_password(bool withIdTokenHint)
    {
        using var browser = _issuer.Browser();
        var flow = new CodeFlow();
        var (_, tokens) = await flow.RedeemAsync(_issuer, await flow.SignInAsync(browser, SharedIssuer.SfaxFocalPoint, "dev-sfax-focal-point"));
        // Signed in at the issuer: a second authorization request comes straight back with a code.
        using var silent = await browser.GetAsync(flow.AuthorizeUrl());
        Assert.NotEmpty(flow.CodeFrom(silent));

        using var logout = await browser.GetAsync(LogoutUrl(DevIssuer.PostLogoutRedirectUri.ToString(), withIdTokenHint ? tokens.GetProperty("id_token").GetString() : null));

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal($"{DevIssuer.PostLogoutRedirectUri}?state=after-logout", logout.Headers.Location!.ToString());
        using var afterwards = await browser.GetAsync(flow.AuthorizeUrl());
        Assert.Equal("/account/login", afterwards.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Sign_out_never_sends_back_to_an_address_the_portal_did_not_register()
    {
        using var browser = _issuer.Browser();

        using var logout = await browser.GetAsync(LogoutUrl("http://evil.example.org/signout-callback-oidc", idTokenHint: null));

        Assert.Equal((HttpStatusCode.BadRequest, null), (logout.StatusCode, logout.Headers.Location));
    }

    private static string LogoutUrl(string postLogoutRedirectUri, string? idTokenHint)
    {
        var query = new Dictionary<string, string?> { ["post_logout_redirect_uri"] = postLogoutRedirectUri, ["state"] = "after-logout" };
        if (idTokenHint is not null)
        {
            query["id_token_hint"] = idTokenHint;
        }

        return QueryHelpers.AddQueryString("/connect/logout", query);
    }

    private static string? Claim(JsonWebToken token, string type) => token.Claims.SingleOrDefault(c => c.Type == type)?.Value;

    /// <summary>What the services read, and who issued it for whom.</summary>
    private static string Mc2cmClaims(JsonWebToken token) => string.Join(' ', token.Claims
        .Where(c => c.Type is "sub" or "name" or "role" or "mc2cm:city" or "iss" or "aud")
        .Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal));
}
