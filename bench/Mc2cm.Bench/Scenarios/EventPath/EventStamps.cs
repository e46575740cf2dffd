using Microsoft.Data.Sqlite;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>The times the services themselves wrote down for one city's CityRegistered, as UTC.</summary>
/// <param name="Occurred">When Cities raised the event (in the write, just before its commit).</param>
/// <param name="Sent">When Cities' outbox marked it sent (after the broker confirmed it).</param>
/// <param name="Handled">When Knowledge's draft-profile consumer handled it (in its transaction, just before commit).</param>
public sealed record EventStamp(DateTime Occurred, DateTime? Sent, DateTime? Handled);

/// <summary>
/// Reads, after a run, the stamps of each city's CityRegistered: Cities' outbox row (by aggregate)
/// joined by message id to Knowledge's inbox record of its draft-profile consumer. They split the
/// path into outbox dispatch and broker-to-consumer.
/// </summary>
public static class EventStamps
{
    private const string Consumer = "Mc2cm.Knowledge.Profiles.DraftProfileForNewCity";

    public static async Task<Dictionary<string, EventStamp>> ReadAsync(string citiesDatabase, string knowledgeDatabase, string cityPrefix, CancellationToken cancellationToken)
    {
        var handled = new Dictionary<Guid, DateTime>();
        await using (var knowledge = await OpenAsync(knowledgeDatabase, cancellationToken))
        await using (var command = knowledge.CreateCommand())
        {
            command.CommandText = "SELECT MessageId, ProcessedAt FROM inbox_messages WHERE Consumer = $consumer";
            command.Parameters.AddWithValue("$consumer", Consumer);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                handled[Guid.Parse(reader.GetString(0))] = FromBinary(reader.GetInt64(1));
            }
        }

        var stamps = new Dictionary<string, EventStamp>(StringComparer.Ordinal);
        await using (var cities = await OpenAsync(citiesDatabase, cancellationToken))
        await using (var command = cities.CreateCommand())
        {
            command.CommandText = """
                SELECT AggregateName, MessageId, OccurredAt, SentAt FROM outbox_messages
                WHERE EventType = 'Mc2cm.Contracts.Events.Cities.CityRegistered' AND AggregateName LIKE $prefix
                """;
            command.Parameters.AddWithValue("$prefix", $"cities/{cityPrefix}%");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetString(0)["cities/".Length..];
                var messageId = Guid.Parse(reader.GetString(1));
                stamps[id] = new EventStamp(
                    FromBinary(reader.GetInt64(2)),
                    reader.IsDBNull(3) ? null : FromBinary(reader.GetInt64(3)),
                    handled.TryGetValue(messageId, out var at) ? at : null);
            }
        }

        return stamps;
    }

    private static async Task<SqliteConnection> OpenAsync(string file, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// Undoes EF Core's DateTimeOffsetToBinaryConverter, with which the services store times on
    /// SQLite: ticks / 1000 shifted left by 11 bits, the offset in minutes in the low 11 bits.
    /// The services write UTC (offset 0), to 0.1 ms.
    /// </summary>
    public static DateTime FromBinary(long value) => new((value >> 11) * 1000, DateTimeKind.Utc);
}
