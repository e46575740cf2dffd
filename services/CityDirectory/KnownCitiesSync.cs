using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Cities.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
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
    IServiceScopeFactory scopes, IOptions<CityDirectoryOptions> options, TimeProvider clock, ILogger<KnownCitiesSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                var count = await SyncOnceAsync(stoppingToken);
                logger.LogInformation("Synced {Count} cities from the Cities service", count);
                (wait, retry) = (options.Value.ResyncInterval, TimeSpan.FromSeconds(1));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("City sync failed, retrying in {Delay}: {Reason}", retry, ex.Message);
                (wait, retry) = (retry, TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)));
            }

            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
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
        var now = clock.GetUtcNow();
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
