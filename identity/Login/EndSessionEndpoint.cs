using Mc2cm.Identity.Users;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenIddict.Server.AspNetCore;

namespace Mc2cm.Identity.Login;

/// <summary>
/// Signing out of the portal ends the issuer's session too, so the next sign-in asks for the
/// password again; OpenIddict has checked the post-logout redirect URI against the client's.
/// </summary>
internal static class EndSessionEndpoint
{
    public const string Path = "/connect/logout";

    public static async Task<IResult> EndAsync(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        await http.SignOutAsync(InteractiveSignIn.SessionScheme);
        if (http.GetOpenIddictServerRequest()?.PostLogoutRedirectUri is null)
        {
            return LoginPage.SignedOut(http, options.Value);
        }

        return Results.SignOut(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
