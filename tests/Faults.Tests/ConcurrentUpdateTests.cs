using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Faults.Tests.Rig;
using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests;

/// <summary>
/// Fifty clients update one city at once, against the Cities process. With the etag they all
/// read, exactly one applies and the others are refused as stale (Aborted); with read-modify-write
/// and a retry on Aborted, every one of fifty increments lands: no update is lost.
/// </summary>
public sealed class ConcurrentUpdateTests(SharedBroker broker)
{
    private const int Writers = 50;
    private const int MaxAttemptsPerWriter = 200;
    private static readonly TimeSpan CallDeadline = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = FaultTest.Timeout)]
    public async Task Fifty_conflicting_updates_of_one_city_each_apply_or_are_refused_as_stale_and_none_is_lost()
    {
        await using var scene = FaultScene.OnSharedBroker("concurrent-updates", broker);
        var citiesProcess = scene.Cities();
        await citiesProcess.StartAsync(Ct);
        using var channel = citiesProcess.CreateGrpcChannel();
        var cities = new CitiesService.CitiesServiceClient(channel);
        var id = NewCities.Id(NewCities.Prefix("cu"), 1);
        var created = (await cities.CreateCityAsync(NewCities.Request(id), cancellationToken: Ct)).City;

        // Fifty writers with the one etag they all read.
        var outcomes = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => SetPopulationAsync(cities, created, created.Population.Value + i)));
        var applied = outcomes.Count(s => s == StatusCode.OK);
        var stale = outcomes.Count(s => s == StatusCode.Aborted);

        Assert.Equal((1, Writers - 1), (applied, stale));
        var afterRace = await GetAsync(cities, id);
        Assert.Equal("W/\"2\"", afterRace.Etag);

        // Fifty increments by read-modify-write, each retried on Aborted until it lands.
        var attempts = await Task.WhenAll(Enumerable.Range(1, Writers).Select(_ => IncrementAsync(cities, id)));
        var final = await GetAsync(cities, id);
        var landed = final.Population.Value - afterRace.Population.Value;
        var events = await new CitiesDatabase(scene.CitiesDatabase).UpdatedCountAsync(id, Ct);

        FaultReport.Write("concurrent-updates",
            $"writers={Writers} one-etag: applied={applied} stale={stale} other={Writers - applied - stale}; " +
            $"read-modify-write: increments={Writers} applied={landed} attempts={attempts.Sum()} " +
            $"duplicates={Math.Max(0, landed - Writers)} lost={Math.Max(0, Writers - landed)} updated_events={events}");
        Assert.Equal(Writers, landed);
        Assert.Equal($"W/\"{2 + Writers}\"", final.Etag);
        // Each applied update committed one CityUpdated, and no refused one did.
        Assert.Equal(1 + Writers, events);
    }

    /// <summary>One UpdateCity with <paramref name="read"/>'s etag; its status.</summary>
    private static async Task<StatusCode> SetPopulationAsync(CitiesService.CitiesServiceClient cities, City read, long population)
    {
        try
        {
            await cities.UpdateCityAsync(PopulationChange(read, population), deadline: DateTime.UtcNow + CallDeadline, cancellationToken: Ct);
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    /// <summary>Reads the city and writes its population plus one, again while the write is refused as stale; the attempts it took.</summary>
    private static async Task<int> IncrementAsync(CitiesService.CitiesServiceClient cities, string id)
    {
        for (var attempt = 1; attempt <= MaxAttemptsPerWriter; attempt++)
        {
            var read = await GetAsync(cities, id);
            var outcome = await SetPopulationAsync(cities, read, read.Population.Value + 1);
            if (outcome == StatusCode.OK)
            {
                return attempt;
            }

            Assert.Equal(StatusCode.Aborted, outcome);
        }

        throw new TimeoutException($"An increment did not land in {MaxAttemptsPerWriter} attempts.");
    }

    private static async Task<City> GetAsync(CitiesService.CitiesServiceClient cities, string id) =>
        (await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{id}" }, deadline: DateTime.UtcNow + CallDeadline, cancellationToken: Ct)).City;

    private static UpdateCityRequest PopulationChange(City read, long population) => new()
    {
        City = new City
        {
            Name = read.Name,
            Etag = read.Etag,
            Population = new Population { Value = population, ReferenceYear = read.Population.ReferenceYear, Source = read.Population.Source },
        },
        UpdateMask = new FieldMask { Paths = { "population" } },
    };
}
