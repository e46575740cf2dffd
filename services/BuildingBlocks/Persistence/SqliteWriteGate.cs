using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// One writer at a time per SQLite file in this process, in arrival order. SQLite lets one
/// transaction write at a time and the others poll for the lock with growing sleeps (up to
/// 100 ms, see <see cref="SqliteBusyTimeout"/>): under a burst of concurrent writes the lock sits
/// free while every waiter sleeps, and a write took seconds at 200 a second (bench/). Queued here,
/// the next writer starts as soon as the last one commits. Another process writing the same file
/// still meets the busy timeout.
/// </summary>
internal static class SqliteWriteGate
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <summary>Waits for this database's turn to write; dispose the result to hand the turn on. No wait on other providers.</summary>
    public static async ValueTask<Turn> EnterAsync(DbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return default;
        }

        var gate = Gates.GetOrAdd(db.Database.GetConnectionString() ?? string.Empty, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        return new Turn(gate);
    }

    public readonly struct Turn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
