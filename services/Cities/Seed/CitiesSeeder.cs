using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Data;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Seed;

/// <summary>
/// Loads the partners, phases and cities that are missing. Seeded cities go through the same
/// rules as any other and raise the same events (through the outbox), so the other services
/// learn about them exactly as they learn about a city registered later.
/// </summary>
internal sealed class CitiesSeeder(TimeProvider clock) : IDataSeeder<CitiesDbContext>
{
    public async Task SeedAsync(CitiesDbContext db, CancellationToken cancellationToken)
    {
        var partners = await db.Partners.Select(p => p.Id).ToListAsync(cancellationToken);
        db.Partners.AddRange(NetworkSeedData.Partners.Where(p => !partners.Contains(p.Id)));

        var phases = await db.Phases.ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var phase in NetworkSeedData.Phases.Where(p => !phases.ContainsKey(p.Id)))
        {
            db.Phases.Add(phase);
            phases[phase.Id] = phase;
        }

        var cities = await db.Cities.Select(c => c.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await LocateSeededCitiesAsync(db, now, cancellationToken);
        foreach (var seed in CitySeedData.Cities.Where(c => !cities.Contains(c.Id)))
        {
            var city = City.Register(seed.Id, seed.Names, seed.CountryCode, seed.Region, seed.Population, [], now, seed.Location);
            if (seed.PhaseOne)
            {
                city.JoinNetwork(phases["phase-1"], CitySeedData.PhaseOneStart, now);
                city.LeaveNetwork(CitySeedData.PhaseOneEnd, now);
            }

            city.JoinNetwork(phases["phase-2"], CitySeedData.PhaseTwoStart, now);
            db.Cities.Add(city);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Seeded cities stored before locations were part of the seed get theirs, once; a location
    /// someone has set since is left alone.
    /// </summary>
    private static async Task LocateSeededCitiesAsync(CitiesDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seeds = CitySeedData.Cities.ToDictionary(c => c.Id);
        var ids = seeds.Keys.ToList();
        var unlocated = await db.Cities.Where(c => ids.Contains(c.Id) && c.Location == null).ToListAsync(cancellationToken);
        foreach (var city in unlocated)
        {
            city.Update(new CityChanges(Location: seeds[city.Id].Location), now);
        }
    }
}
