using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.ServiceDefaults.Health;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Persistence;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's database on the configured provider. <typeparamref name="TSqlite"/>
    /// and <typeparamref name="TSqlServer"/> are the same model with each provider's own
    /// migrations; the service code only sees <typeparamref name="TContext"/>.
    /// Without a connection string, SQLite uses ".data/{connectionName}.db" under the content root.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext, TSqlite, TSqlServer>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
        where TSqlite : TContext
        where TSqlServer : TContext
    {
        var services = builder.Services;
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = builder.Configuration.GetConnectionString(connectionName);

        services.AddOutboxCommitNotifier();
        // Listeners first: a read cache is dropped even when the outbox step after it fails.
        services.TryAddSingleton<CommitListeners>();
        services.AddDataVersion();
        // Contexts are pooled: a request or a message no longer builds a context and resolves its
        // services anew (the bench's profile of Cities showed that resolution and its locks).
        switch (options.Provider)
        {
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException($"Database:Provider is SqlServer but ConnectionStrings:{connectionName} is not set.");
                }

                services.AddDbContextPool<TSqlServer>((sp, o) => o
                    .UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure().UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(sp.GetRequiredService<CommitListeners>(), sp.GetRequiredService<OutboxCommitNotifier>(), HandlerWrites.Instance));
                services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlServer>());
                break;
            default:
                var sqlite = SqliteFile(connectionString ?? $"Data Source=.data/{connectionName}.db", builder.Environment.ContentRootPath);
                services.AddDbContextPool<TSqlite>((sp, o) => o
                    .UseSqlite(sqlite, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                    .AddInterceptors(sp.GetRequiredService<CommitListeners>(), sp.GetRequiredService<OutboxCommitNotifier>(), SqliteBusyTimeout.Instance, HandlerWrites.Instance));
                services.AddScoped<TContext>(sp => sp.GetRequiredService<TSqlite>());
                break;
        }

        services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddHostedService<DatabaseInitializer<TContext>>();
        services.AddHealthChecks().AddDbContextCheck<TContext>("database", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>Makes a relative SQLite path absolute (under the content root) and creates its folder.</summary>
    private static string SqliteFile(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is not (":memory:" or "") && csb.Mode != SqliteOpenMode.Memory)
        {
            csb.DataSource = Path.GetFullPath(csb.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(csb.DataSource)!);
        }

        return csb.ToString();
    }
}
