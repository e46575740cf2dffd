using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Events.Cities;

namespace Mc2cm.BuildingBlocks.Tests.Fixtures;

/// <summary>Counts registrations per city; a city whose id starts with "poison" always fails.</summary>
public sealed class CityTallyHandler(TallyDbContext db) : IIntegrationEventHandler<CityRegistered>
{
    public const string PoisonPrefix = "poison";
    public const string PoisonReason = "This city is poisoned on purpose.";

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
    }
}
