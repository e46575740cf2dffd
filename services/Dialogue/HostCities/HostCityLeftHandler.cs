using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.Meetings;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.HostCities;

/// <summary>
/// A city that left the network can no longer host a meeting still to come: its planned and
/// confirmed meetings after the day it left are flagged for the coordinators, who move or cancel
/// them. Nothing is deleted. The inbox applies each message once; the flag itself is idempotent,
/// so the same fact told twice changes nothing the second time.
/// </summary>
public sealed class HostCityLeftHandler(DialogueDbContext db, TimeProvider clock) : IIntegrationEventHandler<CityLeftNetwork>
{
    public async Task HandleAsync(CityLeftNetwork integrationEvent, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings
            .Where(m => m.HostCityId == integrationEvent.CityId
                && (m.State == MeetingState.Planned || m.State == MeetingState.Confirmed)
                && m.Dates.End > integrationEvent.LeftOn)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var meeting in meetings)
        {
            meeting.FlagHostLeft(integrationEvent.CityId, integrationEvent.LeftOn, now);
        }
    }
}
