using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>
/// Every city of the network gets an empty draft profile, once: on CityRegistered, or on
/// CityJoinedNetwork should that arrive first, or at the city sync for cities registered before
/// Knowledge subscribed. The inbox drops redeliveries; the existence check makes every later
/// attempt a no-op.
/// </summary>
public sealed class DraftProfileForNewCity(KnowledgeDbContext db, TimeProvider clock) :
    IIntegrationEventHandler<CityRegistered>,
    IIntegrationEventHandler<CityJoinedNetwork>,
    ICitySnapshotListener
{
    public static string Queue => "draft-profile-for-new-city";

    /// <summary>The actor recorded in the history of profiles started from Cities' events.</summary>
    public const string Actor = "system:cities";

    public Task HandleAsync(CityRegistered integrationEvent, CancellationToken cancellationToken) =>
        EnsureAsync(integrationEvent.CityId, cancellationToken);

    public Task HandleAsync(CityJoinedNetwork integrationEvent, CancellationToken cancellationToken) =>
        EnsureAsync(integrationEvent.CityId, cancellationToken);

    public async Task OnSnapshotAsync(IReadOnlyList<City> cities, CancellationToken cancellationToken)
    {
        var existing = await db.Profiles.Select(p => p.CityId).ToListAsync(cancellationToken);
        foreach (var cityId in cities.Select(c => c.Name["cities/".Length..]).Except(existing))
        {
            db.Profiles.Add(Profile.StartEmpty(cityId, Actor, clock.GetUtcNow()));
        }
    }

    private async Task EnsureAsync(string cityId, CancellationToken cancellationToken)
    {
        if (!await db.Profiles.AnyAsync(p => p.CityId == cityId, cancellationToken))
        {
            db.Profiles.Add(Profile.StartEmpty(cityId, Actor, clock.GetUtcNow()));
        }
    }
}
