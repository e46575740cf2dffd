using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Outcomes;
using Mc2cm.Dialogue.Registrations;
using Mc2cm.Dialogue.Themes;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Data;

/// <summary>
/// The Dialogue service's database: themes, meetings, registrations, recommendations, its copy
/// of the cities (known_cities), plus its outbox and inbox.
/// </summary>
public abstract class DialogueDbContext(DbContextOptions options) : ServiceDbContext(options)
{
    public DbSet<Theme> Themes => Set<Theme>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    public DbSet<KnownCity> KnownCities => Set<KnownCity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfiguration(new KnownCityConfiguration());
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DialogueDbContext).Assembly);
    }
}

/// <summary>The model on SQLite, with its own migrations (Data/Migrations/Sqlite).</summary>
public sealed class SqliteDialogueDbContext(DbContextOptions<SqliteDialogueDbContext> options) : DialogueDbContext(options);

/// <summary>The model on SQL Server, with its own migrations (Data/Migrations/SqlServer).</summary>
public sealed class SqlServerDialogueDbContext(DbContextOptions<SqlServerDialogueDbContext> options) : DialogueDbContext(options);

internal sealed class SqliteDialogueDesignTimeFactory : SqliteDesignTimeFactory<SqliteDialogueDbContext>;

internal sealed class SqlServerDialogueDesignTimeFactory : SqlServerDesignTimeFactory<SqlServerDialogueDbContext>;
