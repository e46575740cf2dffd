using System.Security.Claims;
using Mc2cm.Identity.Users;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity;

/// <summary>
/// The token endpoint's last step: OpenIddict has already authenticated the client (its id and
/// secret); this writes the user's subject, name, roles and cities into the access token.
/// </summary>
internal static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public static IResult Issue(HttpContext http, IOptions<DevIdentityOptions> options)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var user = options.Value.AllUsers.FirstOrDefault(u => u.ClientId == request.ClientId);
        if (!request.IsClientCredentialsGrantType() || user is null)
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, McClaims.Name, McClaims.Role);
        identity.SetClaim(Claims.Subject, user.ClientId).SetClaim(Claims.Name, user.Name);
        identity.SetClaims(McClaims.Role, [.. user.Roles]).SetClaims(McClaims.City, [.. user.Cities]);
        identity.SetResources(options.Value.Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }
}
