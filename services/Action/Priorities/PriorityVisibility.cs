using System.Security.Claims;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Action.Priorities;

/// <summary>
/// Adopted and retired priorities are public; a proposed one is still the city's work, seen by
/// its people and the coordinators only.
/// </summary>
public static class PriorityVisibility
{
    public static IQueryable<Priority> VisibleTo(ClaimsPrincipal user, IQueryable<Priority> priorities)
    {
        if (user.IsCoordinator())
        {
            return priorities;
        }

        var cities = user.IsInRole(Roles.FocalPoint) || user.IsInRole(Roles.LocalExpert) ? user.Cities().ToList() : [];
        return priorities.Where(p => p.State != PriorityState.Proposed || cities.Contains(p.CityId));
    }

    public static bool IsVisibleTo(this Priority priority, ClaimsPrincipal user) =>
        priority.State != PriorityState.Proposed || user.WorksFor(priority.CityId);

    public static Priority EnsureVisible(ClaimsPrincipal user, Priority priority) =>
        priority.IsVisibleTo(user)
            ? priority
            : throw user.Refusal("UNPUBLISHED", priority.ResourceName,
                $"{priority.ResourceName} is only proposed: the people of cities/{priority.CityId} and the coordinators may see it.");
}
