using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Tests.Fixtures;

/// <summary>
/// Counts registrations per city; a city whose id starts with "poison" always fails, and one whose
/// id starts with "saves" or "bulk" tries to write on its own (which the inbox refuses).
/// </summary>
public sealed class CityTallyHandler(TallyDbContext db) : IIntegrationEventHandler<CityRegistered>
{
    public static string Queue => "city-tally-handler";

    public const string PoisonPrefix = "poison";
    public const string PoisonReason = "This city is poisoned on purpose.";
    public const string SavesPrefix = "saves";
    public const string BulkPrefix = "bulk";

    public async Task HandleAsync(CityRegistered integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.CityId.StartsWith(PoisonPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(PoisonReason);
        }

        var tally = await db.Tallies.FindAsync([integrationEvent.CityId], cancellationToken);
        if (tally is null)
        {
            db.Tallies.Add(new CityTally { CityId = integrationEvent.CityId, Count = 1 });
        }
        else
        {
            tally.Count++;
        }

        if (integrationEvent.CityId.StartsWith(SavesPrefix, StringComparison.Ordinal))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        else if (integrationEvent.CityId.StartsWith(BulkPrefix, StringComparison.Ordinal))
        {
            await db.Tallies.Where(t => t.CityId == integrationEvent.CityId).ExecuteDeleteAsync(cancellationToken);
        }
    }
}
