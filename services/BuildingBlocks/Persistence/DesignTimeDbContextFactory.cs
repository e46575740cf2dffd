using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Lets `dotnet ef` build a provider's context without starting the service or reaching a
/// database: migrations, scripts and the pending-model check need the model only.
/// A service derives one per provider: <c>class SqliteDesignTime : SqliteDesignTimeFactory&lt;SqliteCitiesDbContext&gt;</c>.
/// </summary>
public abstract class SqliteDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) =>
        Create<TContext>(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options);

    internal static T Create<T>(DbContextOptions<T> options)
        where T : DbContext =>
        (T)(Activator.CreateInstance(typeof(T), options)
            ?? throw new InvalidOperationException($"{typeof(T).Name} needs a constructor taking DbContextOptions<{typeof(T).Name}>."));
}

/// <inheritdoc cref="SqliteDesignTimeFactory{TContext}"/>
public abstract class SqlServerDesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args) => SqliteDesignTimeFactory<TContext>.Create(
        new DbContextOptionsBuilder<TContext>().UseSqlServer("Server=design-time;Database=design-time;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
