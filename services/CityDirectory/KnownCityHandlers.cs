using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.CityDirectory;

/// <summary>Keeps the known_cities copy current; each event is applied once (inbox) and in version order.</summary>
public sealed class KnownCityHandlers(ServiceDbContext db) :
    IIntegrationEventHandler<CityRegistered>,
    IIntegrationEventHandler<CityUpdated>,
    IIntegrationEventHandler<CityJoinedNetwork>,
    IIntegrationEventHandler<CityLeftNetwork>
{
    public static string Queue => "known-city-handlers";

    private DbSet<KnownCity> Cities => db.Set<KnownCity>();

    public async Task HandleAsync(CityRegistered integrationEvent, CancellationToken cancellationToken)
    {
        var city = await Cities.FindAsync([integrationEvent.CityId], cancellationToken);
        if (city is null)
        {
            Cities.Add(KnownCity.From(integrationEvent));
        }
        else
        {
            city.Apply(integrationEvent);
        }
    }

    public async Task HandleAsync(CityUpdated integrationEvent, CancellationToken cancellationToken) =>
        (await FindOrPlaceholderAsync(integrationEvent.CityId, integrationEvent.OccurredAt, cancellationToken)).Apply(integrationEvent);

    public async Task HandleAsync(CityJoinedNetwork integrationEvent, CancellationToken cancellationToken) =>
        (await FindOrPlaceholderAsync(integrationEvent.CityId, integrationEvent.OccurredAt, cancellationToken)).SetMembership(true, integrationEvent.Version, integrationEvent.OccurredAt);

    public async Task HandleAsync(CityLeftNetwork integrationEvent, CancellationToken cancellationToken) =>
        (await FindOrPlaceholderAsync(integrationEvent.CityId, integrationEvent.OccurredAt, cancellationToken)).SetMembership(false, integrationEvent.Version, integrationEvent.OccurredAt);

    private async Task<KnownCity> FindOrPlaceholderAsync(string cityId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var city = await Cities.FindAsync([cityId], cancellationToken);
        if (city is null)
        {
            city = KnownCity.Placeholder(cityId, at);
            Cities.Add(city);
        }

        return city;
    }
}
