using System.Security.Claims;
using Mc2cm.ServiceDefaults.Security;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Users;

/// <summary>
/// What a token says about its caller, in the claims the services read (<see cref="McClaims"/>),
/// whichever way it was asked for: client credentials, the login page, a refresh.
/// </summary>
internal static class UserIdentity
{
    /// <summary>Subject, name, roles and cities, in the access token and (when the flow has one) the identity token.</summary>
    public static ClaimsIdentity For(DevUser user, string audience)
    {
        var identity = Empty(audience);
        identity.SetClaim(Claims.Subject, user.ClientId).SetClaim(Claims.Name, user.Name);
        identity.SetClaims(McClaims.Role, [.. user.Roles]).SetClaims(McClaims.City, [.. user.Cities]);
        // The portal shows who is signed in from the identity token; the services read the access token.
        identity.SetDestinations(claim => claim.Type is McClaims.Subject or McClaims.Name or McClaims.Role or McClaims.City
            ? [Destinations.AccessToken, Destinations.IdentityToken]
            : [Destinations.AccessToken]);
        return identity;
    }

    /// <summary>
    /// A client calling for anonymous visitors (the portal): its client id as subject, no name, no
    /// role; services listing that subject in Auth:AnonymousSubjects treat the token like none.
    /// </summary>
    public static ClaimsIdentity ForClient(string clientId, string audience)
    {
        var identity = Empty(audience);
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return identity;
    }

    private static ClaimsIdentity Empty(string audience)
    {
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, McClaims.Name, McClaims.Role);
        identity.SetResources(audience);
        return identity;
    }
}
