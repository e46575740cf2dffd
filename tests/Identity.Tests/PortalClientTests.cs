using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Mc2cm.Identity.Tests;

/// <summary>
/// The portal's own token, for the calls it makes on behalf of anonymous visitors: valid for the
/// services' audience, but naming nobody, so it gets exactly what a call without a token gets.
/// </summary>
public sealed class PortalClientTests(DevelopmentIssuer fixture)
{
    private readonly DevIssuer _issuer = fixture.Issuer;

    [Fact]
    public async Task The_portal_token_names_the_portal_and_no_role()
    {
        var (response, body) = await _issuer.TokenAsync(("grant_type", "client_credentials"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = new JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(("portal", "portal", "mc2cm-api", _issuer.Address.ToString()),
            (token.Subject, token.GetClaim("client_id").Value, token.Audiences.Single(), token.Issuer));
        Assert.DoesNotContain(token.Claims, c => c.Type is "name" or "role" or "mc2cm:city");
    }

    [Theory]
    [InlineData("/published")]
    [InlineData("/registrations")]
    [InlineData("/cities/tunis/draft")]
    [InlineData("/review")]
    public async Task A_call_with_the_portal_token_gets_what_a_call_without_a_token_gets(string path)
    {
        var (_, body) = await _issuer.TokenAsync(("grant_type", "client_credentials"));
        await using var api = await ServiceLikeApi.StartAsync(_issuer);

        var withPortalToken = await api.CallAsync(path, body.GetProperty("access_token").GetString());

        Assert.Equal(await api.CallAsync(path, accessToken: null), withPortalToken);
    }

    [Fact]
    public async Task Many_token_requests_at_once_all_get_a_token()
    {
        // Each request reads the client from the issuer's database at the same time as the others.
        var answers = await Task.WhenAll(Enumerable.Range(0, 48).Select(_ => _issuer.TokenAsync(("grant_type", "client_credentials"))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Response.StatusCode));
    }

    [Fact]
    public async Task The_portal_secret_is_checked()
    {
        var (response, body) = await _issuer.TokenAsync(("grant_type", "client_credentials"), ("client_secret", "dev-secret"));

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (response.StatusCode, body.GetProperty("error").GetString()));
    }
}
