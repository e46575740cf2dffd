using Mc2cm.Action.Actions;
using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.Action.Evidence;
using Mc2cm.Action.Priorities;
using Mc2cm.Action.StakeholderGroups;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Data;

/// <summary>
/// The Action service's database: its own records, and its copies of what the others published
/// (cities, profile revisions and their priorities, recommendations), so the chain answers alone.
/// </summary>
public abstract class ActionDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<StakeholderGroup> StakeholderGroups => Set<StakeholderGroup>();

    public DbSet<Priority> Priorities => Set<Priority>();

    public DbSet<Call> Calls => Set<Call>();

    public DbSet<Application> Applications => Set<Application>();

    public DbSet<FundedAction> Actions => Set<FundedAction>();

    public DbSet<PublishedProfile> PublishedProfiles => Set<PublishedProfile>();

    public DbSet<CandidatePriority> CandidatePriorities => Set<CandidatePriority>();

    public DbSet<AdoptedRecommendation> Recommendations => Set<AdoptedRecommendation>();

    public DbSet<KnownCity> KnownCities => Set<KnownCity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new KnownCityConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ActionDbContext).Assembly);
    }
}

/// <summary>The model on SQLite, with its own migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteActionDbContext(DbContextOptions<SqliteActionDbContext> options) : ActionDbContext(options);

/// <summary>The model on SQL Server, with its own migrations (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerActionDbContext(DbContextOptions<SqlServerActionDbContext> options) : ActionDbContext(options);

internal sealed class SqliteActionDesignTimeFactory : SqliteDesignTimeFactory<SqliteActionDbContext>;

internal sealed class SqlServerActionDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerActionDbContext>;
