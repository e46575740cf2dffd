using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// Lets SQLite itself wait for a lock another connection holds (sqlite3_busy_timeout: retries
/// after sleeps of 1, 2, 5, 10 … up to 100 ms) instead of answering "busy" at once.
/// Microsoft.Data.Sqlite sets no busy timeout and retries a busy statement after blocking its
/// thread for 150 ms. Writers of this process queue in <see cref="SqliteWriteGate"/> and rarely
/// meet a lock; this covers the rest (another process, a checkpoint). The wait is bounded like a
/// command (30 s).
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
