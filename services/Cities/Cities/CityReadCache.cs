using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Data;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>
/// GetCity's public answers (no personal data) as last read: a read that finds its city here
/// neither queries the database nor maps the row again, and a REST read whose If-None-Match names
/// the city's etag gets 304 from here. Every commit of this service's database empties it — a
/// generation number moves on after the commit, before the write answers — so no read that starts
/// after a write has answered sees the city as it was; and a read that raced a commit is not kept.
/// Only this process writes its database: a second instance's writes would not reach this cache.
/// </summary>
public sealed class CityReadCache : ICommitListener
{
    /// <summary>Cities kept at most (the network has a few hundred): the cache cannot grow without bound.</summary>
    private const int Capacity = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _answers = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Read before querying the database and handed to <see cref="Keep"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string cityId, [NotNullWhen(true)] out Proto.GetCityResponse? answer)
    {
        answer = _answers.TryGetValue(cityId, out var entry) && entry.Generation == Generation ? entry.Answer : null;
        return answer is not null;
    }

    /// <summary>Keeps a public answer read at <paramref name="readAt"/>, unless a commit came since (it may be older than that commit).</summary>
    public void Keep(string cityId, Proto.GetCityResponse answer, long readAt)
    {
        if (readAt == Generation && (_answers.Count < Capacity || _answers.ContainsKey(cityId)))
        {
            // Tagged with the generation it was read at: a commit between the check and here leaves it unused.
            _answers[cityId] = new Entry(answer, readAt);
        }
    }

    public void Committed(DbContext context)
    {
        if (context is CitiesDbContext)
        {
            Interlocked.Increment(ref _generation);
            _answers.Clear();
        }
    }

    private sealed record Entry(Proto.GetCityResponse Answer, long Generation);
}
