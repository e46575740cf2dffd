using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.Knowledge.Observations;
using Mc2cm.Knowledge.Profiles;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Data;

/// <summary>The Knowledge service's database: profiles, indicators, observations, its copy of the cities, outbox and inbox.</summary>
public abstract class KnowledgeDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Profile> Profiles => Set<Profile>();

    public DbSet<IndicatorDefinition> Indicators => Set<IndicatorDefinition>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ObservationChange> ObservationChanges => Set<ObservationChange>();

    public DbSet<KnownCity> KnownCities => Set<KnownCity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new KnownCityConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeDbContext).Assembly);
    }
}

/// <summary>The model on SQLite, with its own migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteKnowledgeDbContext(DbContextOptions<SqliteKnowledgeDbContext> options) : KnowledgeDbContext(options);

/// <summary>The model on SQL Server, with its own migrations (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerKnowledgeDbContext(DbContextOptions<SqlServerKnowledgeDbContext> options) : KnowledgeDbContext(options);

internal sealed class SqliteKnowledgeDesignTimeFactory : SqliteDesignTimeFactory<SqliteKnowledgeDbContext>;

internal sealed class SqlServerKnowledgeDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerKnowledgeDbContext>;
