namespace Mc2cm.Faults.Tests.Rig;

/// <summary>What the Cities service committed, read from its database file: its cities and its outbox.</summary>
public sealed class CitiesDatabase(string file)
{
    private const string Registered = "Mc2cm.Contracts.Events.Cities.CityRegistered";
    private const string Updated = "Mc2cm.Contracts.Events.Cities.CityUpdated";

    /// <summary>The CityRegistered events committed for the cities whose id starts with <paramref name="prefix"/>, in commit order.</summary>
    public Task<List<CityEvent>> RegisteredAsync(string prefix, CancellationToken cancellationToken) =>
        SqliteFile.QueryAsync(file,
            "SELECT AggregateName, MessageId, SentAt IS NOT NULL FROM outbox_messages WHERE EventType = $type AND AggregateName LIKE $names ORDER BY Id",
            row => new CityEvent(row.GetString(0)["cities/".Length..], Guid.Parse(row.GetString(1)), row.GetBoolean(2)),
            cancellationToken, ("$type", Registered), ("$names", $"cities/{prefix}%"));

    /// <summary>How many CityUpdated events the city's changes committed.</summary>
    public async Task<int> UpdatedCountAsync(string cityId, CancellationToken cancellationToken) =>
        (await SqliteFile.QueryAsync(file,
            "SELECT COUNT(*) FROM outbox_messages WHERE EventType = $type AND AggregateName = $name",
            row => row.GetInt32(0), cancellationToken, ("$type", Updated), ("$name", $"cities/{cityId}")))[0];

    /// <summary>Outbox messages not yet confirmed by the broker.</summary>
    public async Task<int> UnsentCountAsync(CancellationToken cancellationToken) =>
        (await SqliteFile.QueryAsync(file, "SELECT COUNT(*) FROM outbox_messages WHERE SentAt IS NULL", row => row.GetInt32(0), cancellationToken))[0];
}

/// <summary>A city event: the city it is about, its message id, and whether the broker has confirmed it.</summary>
public sealed record CityEvent(string CityId, Guid MessageId, bool Sent);
