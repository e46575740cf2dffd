using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Resync;
using Mc2cm.Contracts.Cities.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mc2cm.CityDirectory;

/// <summary>
/// Copies every city from Cities over gRPC into known_cities: at start (retrying until Cities
/// answers) and then every <see cref="CityDirectoryOptions.ResyncInterval"/>. Events keep the copy
/// current between syncs; the sync covers what no event can — facts published before this
/// service's queues existed, and anything parked in an error queue.
/// </summary>
internal sealed class KnownCitiesSync(
    IServiceScopeFactory scopes, IOptions<CityDirectoryOptions> options, TimeProvider clock, ILogger<KnownCitiesSync> logger)
    : PeriodicResync(clock, logger)
{
    protected override string Pass => "City sync";

    protected override TimeSpan Interval => options.Value.ResyncInterval;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var count = await SyncOnceAsync(cancellationToken);
        logger.LogInformation("Synced {Count} cities from the Cities service", count);
    }

    private async Task<int> SyncOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<CitiesService.CitiesServiceClient>();
        var cities = new List<City>();
        var token = string.Empty;
        do
        {
            var page = await client.ListCitiesAsync(new ListCitiesRequest { PageSize = 100, PageToken = token }, cancellationToken: cancellationToken);
            cities.AddRange(page.Cities);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        var known = await db.Set<KnownCity>().ToDictionaryAsync(c => c.Id, cancellationToken);
        var now = Clock.GetUtcNow();
        foreach (var city in cities)
        {
            var id = city.Name["cities/".Length..];
            if (!known.TryGetValue(id, out var copy))
            {
                copy = KnownCity.Placeholder(id, now);
                db.Set<KnownCity>().Add(copy);
            }

            copy.Apply(city, now);
        }

        foreach (var listener in scope.ServiceProvider.GetServices<ICitySnapshotListener>())
        {
            await listener.OnSnapshotAsync(cities, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return cities.Count;
    }
}

/// <summary>Settings from configuration section "CityDirectory".</summary>
public sealed class CityDirectoryOptions
{
    public const string Section = "CityDirectory";

    public TimeSpan ResyncInterval { get; set; } = TimeSpan.FromMinutes(15);
}
