using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Mc2cm.BuildingBlocks.Reads;

/// <summary>
/// One read's answers as last built, by key (a city's id, a list request): a hit neither queries
/// the database nor maps rows again. Each answer is tagged with the <see cref="DataVersion"/> its read
/// started at and served only while the version has not moved, so a read that starts after a write
/// has answered never gets an answer from before it, and an answer that raced a commit is not kept.
/// Keep only answers that are a function of the request and the database alone — not of the caller
/// (personal data) nor of the clock. A kept answer is shared by every call that hits it: never change
/// it after <see cref="Keep"/>.
/// </summary>
public sealed class ReadCache<TAnswer>(DataVersion version)
    where TAnswer : class
{
    /// <summary>
    /// Answers kept at most, whatever callers ask (a list's filters are theirs to vary): a city is
    /// ~1 KB, a page of 50 ~50 KB, so at most ~50 MB per read until the next save empties it.
    /// </summary>
    private const int Capacity = 1_000;

    private readonly ConcurrentDictionary<string, Entry> _answers = new(StringComparer.Ordinal);

    /// <summary>The version the answers kept belong to; older ones are dropped on the next keep.</summary>
    private long _keptAt = -1;

    /// <summary>Read before the database is, and handed to <see cref="TryGet"/> and <see cref="Keep"/>.</summary>
    public long Version => version.Current;

    public bool TryGet(string key, long readAt, [NotNullWhen(true)] out TAnswer? answer)
    {
        answer = _answers.TryGetValue(key, out var entry) && entry.Version == readAt ? entry.Answer : null;
        return answer is not null;
    }

    /// <summary>Keeps an answer read at <paramref name="readAt"/>, unless a commit came since (it may be older than that commit).</summary>
    public void Keep(string key, TAnswer answer, long readAt)
    {
        if (readAt != version.Current)
        {
            return;
        }

        if (Interlocked.Exchange(ref _keptAt, readAt) != readAt)
        {
            // The first keep after a commit: what is kept can no longer be served.
            _answers.Clear();
        }

        if (_answers.Count < Capacity || _answers.ContainsKey(key))
        {
            _answers[key] = new Entry(answer, readAt);
        }
    }

    private sealed record Entry(TAnswer Answer, long Version);
}
