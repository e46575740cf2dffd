using System.Security.Claims;
using Mc2cm.Identity.Users;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Testing;

/// <summary>The caller a service sees once a seeded dev user's token is checked, for rules tested without a token.</summary>
public static class Principals
{
    /// <summary><paramref name="user"/> (a <see cref="SharedIssuer"/> name) with its roles and cities as its token carries them; null: anonymous.</summary>
    public static ClaimsPrincipal Of(string? user)
    {
        if (user is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        var seeded = SeededUsers.All.Single(u => u.ClientId == user);
        var claims = new List<Claim> { new(McClaims.Subject, seeded.ClientId), new(McClaims.Name, seeded.Name) };
        claims.AddRange(seeded.Roles.Select(r => new Claim(McClaims.Role, r)));
        claims.AddRange(seeded.Cities.Select(c => new Claim(McClaims.City, c)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer", McClaims.Subject, McClaims.Role));
    }
}
