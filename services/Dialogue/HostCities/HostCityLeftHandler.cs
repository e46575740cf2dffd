using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.CityDirectory;
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
/// <remarks>
/// A departure can be old news by the time it arrives: a city that left and joined again (every
/// phase I city of the Cities seed left on 2018-01-31 and came back for phase II) is a member on
/// the meeting's days, and its departure may reach Dialogue after meetings were scheduled there.
/// So the handler asks Cities, whose answer is current, and flags only the meetings whose host is
/// not a member on every one of their days. Flagging on the event alone flagged such meetings and
/// bumped their version, so a write with the etag just read was refused as stale.
/// </remarks>
public sealed class HostCityLeftHandler(DialogueDbContext db, CityMembership membership, TimeProvider clock) : IIntegrationEventHandler<CityLeftNetwork>
{
    public static string Queue => "host-city-left-handler";

    public async Task HandleAsync(CityLeftNetwork integrationEvent, CancellationToken cancellationToken)
    {
        var meetings = await db.Meetings
            .Where(m => m.HostCityId == integrationEvent.CityId
                && (m.State == MeetingState.Planned || m.State == MeetingState.Confirmed)
                && m.Dates.End > integrationEvent.LeftOn)
            .ToListAsync(cancellationToken);
        if (meetings.Count == 0)
        {
            return;
        }

        var city = await membership.GetAsync(integrationEvent.CityId, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var meeting in meetings.Where(m => !CityMembership.IsMemberThroughout(city, m.Dates.Start, m.Dates.End)))
        {
            meeting.FlagHostLeft(integrationEvent.CityId, integrationEvent.LeftOn, now);
        }
    }
}
