using System.Security.Claims;
using Mc2cm.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Login;

/// <summary>
/// The authorization endpoint's last step: OpenIddict has checked the client, its redirect URI and
/// its PKCE challenge. Someone without an issuer session goes to the login page first; someone
/// with one gets a code for the same claims a client-credentials token of theirs carries.
/// </summary>
internal static class AuthorizeEndpoint
{
    public const string Path = "/connect/authorize";

    public static async Task<IResult> AuthorizeAsync(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(InteractiveSignIn.SessionScheme);
        var user = session.Succeeded ? options.Value.FindUser(session.Principal.GetClaim(Claims.Subject)) : null;
        if (user is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Refusal.Of(Errors.LoginRequired, "Nobody is signed in at the issuer.");
            }

            // The login page sends the person back here with the same request (also when it came as a POST).
            var again = Path + QueryString.Create(request.GetParameters().Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString())));
            return Results.Challenge(new AuthenticationProperties { RedirectUri = again }, [InteractiveSignIn.SessionScheme]);
        }

        var identity = UserIdentity.For(user, options.Value.Audience);
        identity.SetScopes(request.GetScopes());
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
