using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Mc2cm.Identity;

/// <summary>What the passthrough endpoints hand back to OpenIddict, which writes it in the endpoint's own way.</summary>
internal static class ServerAnswers
{
    /// <summary>Issue the tokens (or the code) for <paramref name="identity"/>.</summary>
    public static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    /// <summary>An OpenID Connect error answer: error code and description.</summary>
    public static IResult Refuse(string error, string? description = null) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
