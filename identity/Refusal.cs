using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Mc2cm.Identity;

/// <summary>An OpenID Connect error answer (error and description), written by OpenIddict in the endpoint's own way.</summary>
internal static class Refusal
{
    public static IResult Of(string error, string? description = null) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
