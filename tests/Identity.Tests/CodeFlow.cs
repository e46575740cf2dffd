using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.Tokens;

namespace Mc2cm.Identity.Tests;

/// <summary>The portal's side of the authorization code flow with PKCE, as an OpenID Connect client library plays it.</summary>
public sealed class CodeFlow
{
    public const string Scopes = "openid profile roles offline_access";

    /// <summary>The PKCE secret the portal keeps; only its S256 hash goes to the authorization endpoint.</summary>
    public string Verifier { get; } = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public string State { get; } = Guid.NewGuid().ToString("N");

    public string Challenge => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(Verifier)));

    /// <summary>The authorization request, with PKCE unless <paramref name="pkce"/> is false.</summary>
    public string AuthorizeUrl(bool pkce = true, string? uiLocales = null, string? redirectUri = null, string? prompt = null)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = DevIssuer.PortalId,
            ["response_type"] = "code",
            ["redirect_uri"] = redirectUri ?? DevIssuer.RedirectUri.ToString(),
            ["scope"] = Scopes,
            ["state"] = State,
            ["nonce"] = Guid.NewGuid().ToString("N"),
        };
        if (pkce)
        {
            query["code_challenge"] = Challenge;
            query["code_challenge_method"] = "S256";
        }

        if (uiLocales is not null)
        {
            query["ui_locales"] = uiLocales;
        }

        if (prompt is not null)
        {
            query["prompt"] = prompt;
        }

        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Authorize, log in on the issuer's page, come back: the code the portal receives.</summary>
    public async Task<string> SignInAsync(Browser browser, string user, string password)
    {
        using var authorize = await browser.GetAsync(AuthorizeUrl());
        using var page = await browser.FollowAsync(authorize);
        using var submitted = await browser.SubmitLoginAsync(page, user, password);
        using var back = await browser.FollowAsync(submitted);
        return CodeFrom(back);
    }

    /// <summary>The code of a redirect to the portal, after checking it carries this flow's state.</summary>
    public string CodeFrom(HttpResponseMessage redirect)
    {
        var query = PortalQuery(redirect);
        Assert.Equal(State, query["state"]);
        return query["code"];
    }

    /// <summary>The parameters of a redirect to the portal's redirect URI.</summary>
    public static Dictionary<string, string> PortalQuery(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith(DevIssuer.RedirectUri.ToString(), location.ToString(), StringComparison.Ordinal);
        return QueryHelpers.ParseQuery(location.Query).ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    /// <summary>The portal's server exchanging the code (with its secret and the PKCE verifier) for tokens.</summary>
    public Task<(HttpResponseMessage Response, JsonElement Body)> RedeemAsync(DevIssuer issuer, string code, string? verifier = null) =>
        issuer.TokenAsync(("grant_type", "authorization_code"), ("code", code), ("redirect_uri", DevIssuer.RedirectUri.ToString()), ("code_verifier", verifier ?? Verifier));
}
