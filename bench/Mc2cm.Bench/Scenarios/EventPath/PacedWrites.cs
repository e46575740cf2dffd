using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>One write of the paced run: when it was due, and when it was answered.</summary>
public sealed record PacedWrite(long Number, long DueAt, long? AnsweredAt, bool Failed);

/// <summary>
/// An open-loop schedule: write n is due at start + n / rate whatever the answers to earlier ones
/// (no coordinated omission: a slow answer does not delay the next write, and latencies are timed
/// from the due time). At most <see cref="MaxInFlight"/> writes wait for an answer at once; a due
/// write past that is skipped and counted.
/// </summary>
public sealed class PacedWrites(int rate, TimeSpan duration)
{
    public const int MaxInFlight = 2000;

    private readonly ConcurrentBag<PacedWrite> _writes = [];
    private int _inFlight;

    public long NotSent { get; private set; }

    public string? FirstError { get; private set; }

    public IReadOnlyCollection<PacedWrite> Writes => _writes;

    /// <param name="write">Makes write n; an exception marks it failed.</param>
    /// <returns>The Stopwatch timestamps of the run's start and end.</returns>
    public async Task<(long From, long To)> RunAsync(Func<long, Task> write, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var to = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var pending = new List<Task>();
        long launched = 0;
        while (Stopwatch.GetTimestamp() is var now && now < to)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var due = (long)(Stopwatch.GetElapsedTime(start, now).TotalSeconds * rate);
            for (; launched < due; launched++)
            {
                var dueAt = start + (long)(launched * (double)Stopwatch.Frequency / rate);
                if (Volatile.Read(ref _inFlight) >= MaxInFlight)
                {
                    NotSent++;
                    continue;
                }

                Interlocked.Increment(ref _inFlight);
                pending.Add(WriteAsync(write, launched, dueAt));
            }

            await Task.Delay(1, cancellationToken);
        }

        await Task.WhenAll(pending);
        return (start, to);
    }

    private async Task WriteAsync(Func<long, Task> write, long number, long dueAt)
    {
        try
        {
            await write(number);
            _writes.Add(new PacedWrite(number, dueAt, Stopwatch.GetTimestamp(), false));
        }
        catch (Exception ex)
        {
            FirstError ??= $"{ex.GetType().Name}: {ex.Message}";
            _writes.Add(new PacedWrite(number, dueAt, null, true));
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
