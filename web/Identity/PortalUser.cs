using System.Security.Claims;

namespace Mc2cm.Web.Identity;

/// <summary>Who is signed in, read with the configured claim names: name, roles, cities.</summary>
public sealed record PortalUser(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Cities)
{
    /// <summary>A visitor who is not signed in.</summary>
    public static readonly PortalUser Anonymous = new(string.Empty, [], []);

    public bool IsSignedIn => !ReferenceEquals(this, Anonymous);

    public bool IsCoordinator => Has(ServiceDefaults.Security.Roles.Coordinator);

    public bool IsEvaluator => Has(ServiceDefaults.Security.Roles.Evaluator);

    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>
    /// Whether the person writes the city's own data (its focal point or a local expert of it), by
    /// id ("tunis"). Decides which buttons a page shows; the services still judge every write.
    /// </summary>
    public bool WorksFor(string cityId) =>
        (Has(ServiceDefaults.Security.Roles.FocalPoint) || Has(ServiceDefaults.Security.Roles.LocalExpert))
        && Cities.Contains(cityId, StringComparer.Ordinal);

    /// <summary>Whether the person may write the city's data: its own people, or a coordinator for any city.</summary>
    public bool MayWriteFor(string cityId) => IsCoordinator || WorksFor(cityId);

    /// <summary>Whether the person works for the city (by id, "tunis"), or coordinates every city.</summary>
    public bool MaySeeDraftsOf(string cityId) => IsCoordinator || Cities.Contains(cityId, StringComparer.Ordinal);

    public static PortalUser? From(ClaimsPrincipal? principal, PortalClaims claims)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var name = principal.FindFirst(claims.Name)?.Value ?? principal.FindFirst("sub")?.Value ?? "?";
        return new PortalUser(
            name,
            [.. principal.FindAll(claims.Role).Select(c => c.Value).Distinct(StringComparer.Ordinal)],
            [.. principal.FindAll(claims.City).Select(c => c.Value).Distinct(StringComparer.Ordinal)]);
    }
}
