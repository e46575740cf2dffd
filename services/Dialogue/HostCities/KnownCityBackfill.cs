using Grpc.Core;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Dialogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.HostCities;

/// <summary>
/// Adds to the known_cities copy the cities this service has never heard of, asking Cities over
/// gRPC once at start-up. Cities' events keep the copy current, but the ones published before
/// this service's queues first existed never reach it: on a fresh suite that is every city of
/// Cities' seed, since Dialogue starts after Cities. Rows already there are left to the events.
/// While Cities cannot be reached it tries again, less and less often; it never blocks start-up.
/// </summary>
internal sealed class KnownCityBackfill(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnownCityBackfill> logger) : BackgroundService
{
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        for (var delay = TimeSpan.FromSeconds(1); ; delay = delay * 2 < MaxDelay ? delay * 2 : MaxDelay)
        {
            try
            {
                var added = await BackfillAsync(stoppingToken);
                logger.LogInformation("Known cities: {Added} added from the Cities service", added);
                return;
            }
            catch (Exception) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // Cities is down, or an event added one of the cities meanwhile (a duplicate key): try again.
            catch (Exception ex) when (ex is RpcException or DbUpdateException)
            {
                logger.LogWarning("Known cities not filled from the Cities service yet ({Reason}); trying again in {Delay}", ex.Message, delay);
            }

            try
            {
                await Task.Delay(delay, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<int> BackfillAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DialogueDbContext>();
        var cities = scope.ServiceProvider.GetRequiredService<CitiesService.CitiesServiceClient>();
        var known = (await db.KnownCities.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var request = new ListCitiesRequest { PageSize = 100 };
        var added = 0;
        do
        {
            var page = await cities.ListCitiesAsync(request, cancellationToken: cancellationToken);
            foreach (var city in page.Cities.Where(c => !known.Contains(c.Name["cities/".Length..])))
            {
                db.KnownCities.Add(ToKnownCity(city, clock.GetUtcNow()));
                added++;
            }

            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    /// <summary>The city as if its CityRegistered had arrived, with its membership now.</summary>
    private static KnownCity ToKnownCity(City city, DateTimeOffset now)
    {
        var region = city.Region switch
        {
            Region.Europe => "europe",
            Region.NorthAfrica => "north-africa",
            Region.MiddleEast => "middle-east",
            _ => string.Empty,
        };
        var names = new CityNames(city.DisplayName.En, city.DisplayName.Fr, city.DisplayName.Ar);
        var known = KnownCity.From(new CityRegistered(city.Name["cities/".Length..], names, city.CountryCode, region, now));
        known.SetMembership(city.MembershipStatus == MembershipStatus.Member, now);
        return known;
    }
}
