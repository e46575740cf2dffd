using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Lets SQLite itself wait for a lock another connection holds (sqlite3_busy_timeout: retries
/// within a few milliseconds of the lock's release) instead of answering "busy" at once.
/// Microsoft.Data.Sqlite sets no busy timeout and retries a busy statement after sleeping 150 ms,
/// so two writers at once — a request and the outbox dispatcher, two consumers — cost one of them
/// 150 ms or more. The wait is bounded like a command (30 s).
/// </summary>
internal sealed class SqliteBusyTimeout : DbConnectionInterceptor
{
    public static readonly SqliteBusyTimeout Instance = new();

    private const int Milliseconds = 30_000;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            SQLitePCL.raw.sqlite3_busy_timeout(handle, Milliseconds);
        }
    }
}
