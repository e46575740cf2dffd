using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Applications;

/// <summary>
/// A city left the network: its open applications are put on hold, never deleted. A departure
/// can be old news (every phase I city of the Cities seed left on 2018-01-31 and came back for
/// phase II, and the event may arrive after applications were made), so Cities is asked first:
/// a city that is a member again keeps its applications open.
/// </summary>
public sealed class HoldApplicationsOfDepartedCity(ActionDbContext db, CityMembership cities) : IIntegrationEventHandler<CityLeftNetwork>
{
    public static string Queue => "hold-applications-of-departed-city";

    public async Task HandleAsync(CityLeftNetwork integrationEvent, CancellationToken cancellationToken)
    {
        var open = await db.Applications
            .Where(a => a.CityId == integrationEvent.CityId && a.Status == ApplicationStatus.Eligible)
            .ToListAsync(cancellationToken);
        if (open.Count == 0
            || (await cities.GetAsync(integrationEvent.CityId, cancellationToken)).MembershipStatus == MembershipStatus.Member)
        {
            return;
        }

        open.ForEach(a => a.PutOnHold());
    }
}
