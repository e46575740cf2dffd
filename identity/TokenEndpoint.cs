using System.Security.Claims;
using Mc2cm.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity;

/// <summary>
/// The token endpoint's last step: OpenIddict has already authenticated the client (its id and
/// secret) and, for a code or a refresh token, checked it and the PKCE verifier; this writes the
/// user's subject, name, roles and cities into the tokens, read afresh from the user list.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static async Task<IResult> IssueAsync(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var settings = options.Value;
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            if (request.ClientId == settings.Portal.ClientId)
            {
                return SignIn(UserIdentity.ForClient(settings.Portal.ClientId, settings.Audience));
            }

            return settings.FindUser(request.ClientId) is { } client ? SignIn(UserIdentity.For(client, settings.Audience)) : Refusal.Of(Errors.UnauthorizedClient);
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            if (settings.FindUser(granted?.GetClaim(Claims.Subject)) is not { } user)
            {
                return Refusal.Of(Errors.InvalidGrant, "The user is no longer known.");
            }

            var identity = UserIdentity.For(user, settings.Audience);
            identity.SetScopes(granted!.GetScopes());
            return SignIn(identity);
        }

        return Refusal.Of(Errors.UnsupportedGrantType);
    }

    private static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
