using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// A double click submits once. Every form carries a submission id (<see cref="FormModel.Submission"/>,
/// new each time the form is shown); the second post of the same id by the same person waits for
/// the first and gets its outcome (usually the address to go to next) instead of writing again.
/// Works without JavaScript. Kept in this process's memory for ten minutes: with several portal
/// replicas behind a load balancer, sticky sessions keep a person's double click on one replica.
/// A refused write is forgotten, so the corrected form can be sent with the same id.
/// </summary>
public sealed class FormSubmissions(TimeProvider clock)
{
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>A fresh submission id for a form being shown.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public async Task<T> OnceAsync<T>(ClaimsPrincipal person, string? submission, Func<Task<T>> write)
    {
        if (string.IsNullOrEmpty(submission))
        {
            return await write();
        }

        Prune();
        var key = $"{person.FindFirst("sub")?.Value ?? person.Identity?.Name ?? "-"}\n{submission}";
        var mine = new Entry(new Lazy<Task<object?>>(async () => await write()), clock.GetUtcNow() + Remembered);
        var entry = _entries.GetOrAdd(key, mine);
        try
        {
            return (T)(await entry.Outcome.Value)!;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private void Prune()
    {
        var now = clock.GetUtcNow();
        foreach (var (key, entry) in _entries)
        {
            if (entry.Expires < now)
            {
                _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private sealed record Entry(Lazy<Task<object?>> Outcome, DateTimeOffset Expires);
}
