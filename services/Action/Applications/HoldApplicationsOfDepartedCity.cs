using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Applications;

/// <summary>A city left the network: its open applications are put on hold, never deleted.</summary>
public sealed class HoldApplicationsOfDepartedCity(ActionDbContext db) : IIntegrationEventHandler<CityLeftNetwork>
{
    public async Task HandleAsync(CityLeftNetwork integrationEvent, CancellationToken cancellationToken)
    {
        var open = await db.Applications
            .Where(a => a.CityId == integrationEvent.CityId && a.Status == ApplicationStatus.Eligible)
            .ToListAsync(cancellationToken);
        open.ForEach(a => a.PutOnHold());
    }
}
