using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>
/// Watches the consumer's committed effect: Knowledge's draft profile of each new city, read from
/// Knowledge's SQLite file through a read-only connection every few milliseconds (new rows only,
/// by rowid). A row is visible only once its transaction — the profile with its inbox record —
/// has committed, so the time it is first seen is at most one poll after the commit.
/// </summary>
public sealed class EffectObserver : IAsyncDisposable
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly SqliteConnection _connection;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _polling;
    private long _lastRowId;

    private EffectObserver(SqliteConnection connection, long lastRowId)
    {
        _connection = connection;
        _lastRowId = lastRowId;
        _polling = Task.Run(() => PollAsync(_stop.Token));
    }

    public static async Task<EffectObserver> StartAsync(string knowledgeDatabase, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = knowledgeDatabase, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(rowid), 0) FROM profiles";
        var last = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new EffectObserver(connection, last);
    }

    /// <summary>Stopwatch timestamp at which the city's draft profile was first seen, if it was.</summary>
    public bool TrySeen(string cityId, out long timestamp) => _seen.TryGetValue(cityId, out timestamp);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _polling;
        await _connection.DisposeAsync();
        _stop.Dispose();
    }

    private async Task PollAsync(CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid, CityId FROM profiles WHERE rowid > $last ORDER BY rowid";
        var last = command.Parameters.Add("$last", SqliteType.Integer);
        while (!cancellationToken.IsCancellationRequested)
        {
            last.Value = _lastRowId;
            await using (var reader = await command.ExecuteReaderAsync(CancellationToken.None))
            {
                var now = Stopwatch.GetTimestamp();
                while (await reader.ReadAsync(CancellationToken.None))
                {
                    _lastRowId = reader.GetInt64(0);
                    _seen.TryAdd(reader.GetString(1), now);
                }
            }

            try
            {
                await Task.Delay(PollInterval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
