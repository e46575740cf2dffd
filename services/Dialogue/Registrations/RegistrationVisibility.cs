using System.Security.Claims;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>Personal data: which registrations a caller may list, by the same rule as reading one.</summary>
public static class RegistrationVisibility
{
    /// <summary>The registrations <paramref name="user"/> may see (<see cref="Registration.EnsureVisibleTo"/>): all for a coordinator, else those they made.</summary>
    public static IQueryable<Registration> VisibleTo(this IQueryable<Registration> registrations, ClaimsPrincipal user)
    {
        if (user.IsCoordinator())
        {
            return registrations;
        }

        var subject = user.Subject();
        return registrations.Where(r => r.RegisteredBy == subject);
    }
}
