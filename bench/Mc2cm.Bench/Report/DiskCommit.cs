using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mc2cm.Bench.Report;

/// <summary>
/// What one durable SQLite commit costs on this disk (WAL, synchronous=FULL, as the services run):
/// every event costs a few of them — the write, the outbox's mark, each consumer's inbox — and
/// one database commits one at a time, so this bounds the event path's rate.
/// </summary>
public static class DiskCommit
{
    private const int Commits = 100;

    /// <returns>The median commit time in milliseconds.</returns>
    public static double MedianMilliseconds(string folder)
    {
        var file = Path.Combine(folder, "disk-probe.db");
        double median;
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE probe (id INTEGER PRIMARY KEY, body TEXT);");
            var times = new List<double>(Commits);
            for (var i = 0; i < Commits; i++)
            {
                var started = Stopwatch.GetTimestamp();
                using (var transaction = connection.BeginTransaction())
                {
                    Execute(connection, "INSERT INTO probe (body) VALUES (hex(randomblob(256)))", transaction);
                    transaction.Commit();
                }

                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            times.Sort();
            median = times[Commits / 2];
        }

        File.Delete(file);
        return median;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }
}
