using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>One write of the paced run: when it was due, when it was answered, and whether it counts.</summary>
public sealed record PacedWrite(long Number, long DueAt, long? AnsweredAt, bool Failed, bool InWindow);

/// <summary>
/// An open-loop schedule: write n is due at start + n / rate whatever the answers to earlier ones
/// (no coordinated omission: a slow answer does not delay the next write, and latencies are timed
/// from the due time). At most <see cref="MaxInFlight"/> writes wait for an answer at once; a due
/// write past that is skipped and counted.
/// </summary>
public sealed class PacedWrites(int rate, TimeSpan warmup, TimeSpan measure)
{
    public const int MaxInFlight = 2000;

    private readonly ConcurrentBag<PacedWrite> _writes = [];
    private int _inFlight;

    public long NotSent { get; private set; }

    public string? FirstError { get; private set; }

    public IReadOnlyCollection<PacedWrite> Writes => _writes;

    /// <param name="write">Makes write n; an exception marks it failed.</param>
    /// <param name="windowOpens">Called once when the measured window opens (after the warm-up).</param>
    /// <returns>The Stopwatch timestamps of the window's start and end.</returns>
    public async Task<(long From, long To)> RunAsync(Func<long, Task> write, Action windowOpens, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var from = start + Ticks(warmup);
        var to = from + Ticks(measure);
        var pending = new List<Task>();
        long launched = 0;
        var opened = false;
        while (Stopwatch.GetTimestamp() is var now && now < to)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!opened && now >= from)
            {
                opened = true;
                windowOpens();
            }

            var due = (long)(Stopwatch.GetElapsedTime(start, now).TotalSeconds * rate);
            for (; launched < due; launched++)
            {
                var dueAt = start + (long)(launched * (double)Stopwatch.Frequency / rate);
                var inWindow = dueAt >= from;
                if (Volatile.Read(ref _inFlight) >= MaxInFlight)
                {
                    NotSent += inWindow ? 1 : 0;
                    continue;
                }

                Interlocked.Increment(ref _inFlight);
                pending.Add(WriteAsync(write, launched, dueAt, inWindow));
            }

            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(pending);
        return (from, to);
    }

    private async Task WriteAsync(Func<long, Task> write, long number, long dueAt, bool inWindow)
    {
        try
        {
            await write(number);
            _writes.Add(new PacedWrite(number, dueAt, Stopwatch.GetTimestamp(), false, inWindow));
        }
        catch (Exception ex)
        {
            FirstError ??= $"{ex.GetType().Name}: {ex.Message}";
            _writes.Add(new PacedWrite(number, dueAt, null, true, inWindow));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
