using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>Migrations and seed run at every start; the seed adds only what is missing.</summary>
public sealed class SeedTests(SharedBroker broker) : IDisposable
{
    private readonly TestDirectory _data = new("seed");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restarting_on_the_same_database_seeds_nothing_twice()
    {
        var file = _data.File("cities.db");
        (int Cities, int Partners, int Phases, int Events) first;
        await using (var service = CitiesApp.Start(broker.ConnectionString, file))
        {
            first = await CountAsync(service);
            using var channel = service.CreateGrpcChannel();
            await new CitiesService.CitiesServiceClient(channel).CreateCityAsync(CityRequests.Create("added-before-restart"), cancellationToken: Ct);
        }

        await using var restarted = CitiesApp.Start(broker.ConnectionString, file);
        var second = await CountAsync(restarted);

        Assert.Equal((20, 5, 2), (first.Cities, first.Partners, first.Phases));
        Assert.Equal((first.Cities + 1, first.Partners, first.Phases, first.Events + 1), second);
    }

    [Fact]
    public async Task Every_seeded_city_has_its_location_for_the_map()
    {
        await using var service = CitiesApp.Start(broker.ConnectionString, _data.File("cities.db"));
        using var channel = service.CreateGrpcChannel();

        var cities = (await new CitiesService.CitiesServiceClient(channel).ListCitiesAsync(new ListCitiesRequest { PageSize = 100 }, cancellationToken: Ct)).Cities;

        Assert.Equal(20, cities.Count);
        Assert.All(cities, c => Assert.True(c.Location is { Latitude: > 27 and < 49, Longitude: > -10 and < 36 }, c.Name));
        var tunis = cities.Single(c => c.Name == "cities/tunis").Location;
        Assert.Equal((36.8065, 10.1815), (tunis.Latitude, tunis.Longitude));
    }

    private static async Task<(int, int, int, int)> CountAsync(ServiceHost<Cities.CitiesGrpcService> service)
    {
        await using var scope = service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.CitiesDbContext>();
        return (await db.Cities.CountAsync(Ct), await db.Partners.CountAsync(Ct), await db.Phases.CountAsync(Ct), await db.OutboxMessages.CountAsync(Ct));
    }

    public void Dispose() => _data.Dispose();
}
