using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Mc2cm.Web.Identity;

/// <summary>Sign-in (a GET link: it only starts the provider's flow) and sign-out (a POST form with antiforgery).</summary>
public static class AccountEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SignInPath, (string? returnUrl, SignInAvailability signIn) => signIn.IsAvailable
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme])
            : Results.NotFound());

        // Ends the portal's session and the provider's: the OIDC handler sends the browser to the
        // provider's end-session endpoint with the id token, which sends it back here.
        endpoints.MapPost(SignOutPath, async (HttpContext http, IAntiforgery antiforgery, SignInAvailability signIn) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            var properties = new AuthenticationProperties { RedirectUri = "/" };
            return signIn.IsAvailable && http.User.Identity?.IsAuthenticated == true
                ? Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme])
                : Results.SignOut(properties, [CookieAuthenticationDefaults.AuthenticationScheme]);
        });
        return endpoints;
    }

    /// <summary>A return address on this site only: "/cities/tunis", never "//elsewhere" or "https://…".</summary>
    public static string LocalOnly(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl[0] == '/' && (returnUrl.Length == 1 || (returnUrl[1] != '/' && returnUrl[1] != '\\'))
            ? returnUrl
            : "/";
}
