using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Network;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Data;

/// <summary>The Cities service's database: cities, partners, phases, plus its outbox and inbox.</summary>
public abstract class CitiesDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<City> Cities => Set<City>();

    public DbSet<Partner> Partners => Set<Partner>();

    public DbSet<Phase> Phases => Set<Phase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CitiesDbContext).Assembly);
    }
}

/// <summary>The model on SQLite, with its own migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteCitiesDbContext(DbContextOptions<SqliteCitiesDbContext> options) : CitiesDbContext(options);

/// <summary>The model on SQL Server, with its own migrations (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerCitiesDbContext(DbContextOptions<SqlServerCitiesDbContext> options) : CitiesDbContext(options);

internal sealed class SqliteCitiesDesignTimeFactory : SqliteDesignTimeFactory<SqliteCitiesDbContext>;

internal sealed class SqlServerCitiesDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerCitiesDbContext>;
