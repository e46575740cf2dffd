using System.Security.Claims;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>Personal data: which registrations a caller may read or list. A rule of access, kept at the edge with the caller's claims.</summary>
public static class RegistrationVisibility
{
    /// <summary>Only the coordinators and the person who registered may see or cancel a registration.</summary>
    public static void EnsureVisibleTo(this Registration registration, ClaimsPrincipal user)
    {
        if (!user.IsCoordinator() && user.Subject() != registration.RegisteredBy)
        {
            throw user.Refusal("PERSONAL_DATA", registration.ResourceName,
                $"{registration.ResourceName} is personal data: only the person who registered and the coordinators may see it.");
        }
    }

    /// <summary>The registrations <paramref name="user"/> may see (<see cref="EnsureVisibleTo"/>): all for a coordinator, else those they made.</summary>
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
