using System.Security.Claims;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Errors;

namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// What the caller of an RPC may touch, from the claims of its token: the checks that need the
/// resource (its city, its assignment), after the method's policy has let the call in.
/// </summary>
public static class CallerAccess
{
    public static ClaimsPrincipal User(this ServerCallContext context) => context.GetHttpContext().User;

    public static bool IsSignedIn(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true;

    public static bool IsCoordinator(this ClaimsPrincipal user) => user.IsSignedIn() && user.IsInRole(Roles.Coordinator);

    /// <summary>The token subject, or null for an anonymous caller.</summary>
    public static string? Subject(this ClaimsPrincipal user) => user.IsSignedIn() ? user.FindFirst(McClaims.Subject)?.Value : null;

    /// <summary>A coordinator, or a focal point or local expert of <paramref name="cityId"/>.</summary>
    public static bool WorksFor(this ClaimsPrincipal user, string cityId) =>
        user.IsCoordinator()
        || ((user.IsInRole(Roles.FocalPoint) || user.IsInRole(Roles.LocalExpert)) && user.Cities().Contains(cityId));

    /// <summary>The cities the caller's token names (none for a coordinator, who works for all).</summary>
    public static IReadOnlySet<string> Cities(this ClaimsPrincipal user) =>
        user.FindAll(McClaims.City).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

    /// <summary>Refuses the call unless the caller works for the city: Unauthenticated without a token, else PermissionDenied.</summary>
    public static void EnsureWorksFor(this ServerCallContext context, string cityId) =>
        context.User().EnsureWorksFor(cityId);

    public static void EnsureWorksFor(this ClaimsPrincipal user, string cityId)
    {
        if (!user.WorksFor(cityId))
        {
            throw Refusal(user, "CITY_ACCESS", $"cities/{cityId}", $"Only the people of cities/{cityId} and the coordinators may do this.");
        }
    }

    /// <summary>Unauthenticated for an anonymous caller (a token might help), PermissionDenied for a signed-in one.</summary>
    public static Exception Refusal(this ClaimsPrincipal user, string reason, string resource, string message) =>
        user.IsSignedIn() ? new PermissionDeniedException(reason, resource, message) : new UnauthenticatedException(message);
}
