namespace Mc2cm.Faults.Tests.Rig;

/// <summary>What the Knowledge service did with Cities' events, read from its database file.</summary>
public sealed class KnowledgeDatabase(string file)
{
    /// <summary>The two Knowledge handlers of CityRegistered, as the inbox names them.</summary>
    public static readonly string[] CityRegisteredConsumers =
        ["Mc2cm.Knowledge.Profiles.DraftProfileForNewCity", "Mc2cm.CityDirectory.KnownCityHandlers"];

    /// <summary>Inbox records: one per message a handler applied.</summary>
    public Task<List<(Guid MessageId, string Consumer)>> InboxAsync(CancellationToken cancellationToken) =>
        SqliteFile.QueryAsync(file, "SELECT MessageId, Consumer FROM inbox_messages",
            row => (Guid.Parse(row.GetString(0)), row.GetString(1)), cancellationToken);

    /// <summary>History entries of the profiles of cities whose id starts with <paramref name="prefix"/>: one each for a profile started once.</summary>
    public async Task<Dictionary<string, int>> ProfileHistoryAsync(string prefix, CancellationToken cancellationToken) =>
        (await SqliteFile.QueryAsync(file,
            "SELECT ProfileId, COUNT(*) FROM profile_history WHERE ProfileId LIKE $ids GROUP BY ProfileId",
            row => (City: row.GetString(0), Entries: row.GetInt32(1)), cancellationToken, ("$ids", $"{prefix}%")))
        .ToDictionary(r => r.City, r => r.Entries);

    /// <summary>Ids in Knowledge's copy of the cities (known_cities) that start with <paramref name="prefix"/>.</summary>
    public async Task<HashSet<string>> KnownCitiesAsync(string prefix, CancellationToken cancellationToken) =>
        [.. await SqliteFile.QueryAsync(file, "SELECT Id FROM known_cities WHERE Id LIKE $ids", row => row.GetString(0), cancellationToken, ("$ids", $"{prefix}%"))];
}
