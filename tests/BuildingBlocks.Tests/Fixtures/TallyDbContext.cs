using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Tests.Fixtures;

/// <summary>A consuming service's database for the tests: how often each city's registration took effect.</summary>
public sealed class TallyDbContext(DbContextOptions<TallyDbContext> options) : ServiceDbContext(options)
{
    public DbSet<CityTally> Tallies => Set<CityTally>();

    public DbSet<Registry> Registries => Set<Registry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<CityTally>().HasKey(t => t.CityId);
        modelBuilder.Entity<Registry>().HasKey(r => r.Id);
        modelBuilder.Entity<Registry>().Property(r => r.Version).IsConcurrencyToken();
    }
}

public sealed class CityTally
{
    public string CityId { get; set; } = string.Empty;

    public int Count { get; set; }
}

/// <summary>A producing aggregate: registers cities and raises CityRegistered for each.</summary>
public sealed class Registry : Aggregate
{
    public Registry()
    {
    }

    /// <summary>One of several registries, each an aggregate with its own order of events.</summary>
    public Registry(string id) => Id = id;

    public string Id { get; private set; } = "registry";

    public override string ResourceName => $"registries/{Id}";

    public void Register(string cityId, DateTimeOffset now)
    {
        Changed(new CityRegistered(cityId, new CityNames(cityId, string.Empty, string.Empty), "TN", "north-africa", now));
    }
}
