namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Loads reference data at start-up, after migrations. It must be idempotent: it adds only what
/// is missing, so it can run on every start.
/// </summary>
public interface IDataSeeder<in TContext>
    where TContext : ServiceDbContext
{
    Task SeedAsync(TContext db, CancellationToken cancellationToken);
}
