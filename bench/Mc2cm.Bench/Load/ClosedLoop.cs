using System.Diagnostics;

namespace Mc2cm.Bench.Load;

/// <summary>
/// A closed-loop load: <c>concurrency</c> callers, each making its next call as soon as the last
/// one answers, for a warm-up that is not recorded and then a measured window. A call counts in the
/// window's throughput when it completes inside the window, and in the latencies when it also
/// started inside it. Failed calls are counted, never timed.
/// </summary>
public static class ClosedLoop
{
    public static Task<LoadResult> RunAsync(
        Func<CancellationToken, Task> call, int concurrency, TimeSpan warmup, TimeSpan measure,
        Action? measuring, CancellationToken cancellationToken) =>
        RunAsync(_ => Task.FromResult(call), concurrency, warmup, measure, measuring, cancellationToken);

    /// <summary>
    /// As above, each call made ready first, untimed (<paramref name="prepare"/>: e.g. reading the
    /// form a post sends, with its current version); only the call it returns is timed. A failed
    /// preparation counts as a failed call.
    /// </summary>
    public static async Task<LoadResult> RunAsync(
        Func<CancellationToken, Task<Func<CancellationToken, Task>>> prepare, int concurrency, TimeSpan warmup, TimeSpan measure,
        Action? measuring, CancellationToken cancellationToken)
    {
        var call = prepare;
        var start = Stopwatch.GetTimestamp();
        var from = start + Ticks(warmup);
        var to = from + Ticks(measure);
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => WorkAsync(call, from, to, cancellationToken), cancellationToken)).ToList();
        if (measuring is not null)
        {
            await Task.Delay(warmup, cancellationToken);
            measuring();
        }

        var results = await Task.WhenAll(workers);
        var latencies = new LatencyHistogram();
        long completed = 0, errors = 0;
        foreach (var worker in results)
        {
            latencies.Add(worker.Latencies);
            completed += worker.Completed;
            errors += worker.Errors;
        }

        var seconds = measure.TotalSeconds;
        return new LoadResult(completed, errors, seconds, completed / seconds, latencies.Percentiles(),
            results.Select(r => r.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<WorkerResult> WorkAsync(Func<CancellationToken, Task<Func<CancellationToken, Task>>> call, long from, long to, CancellationToken cancellationToken)
    {
        var result = new WorkerResult();
        while (Stopwatch.GetTimestamp() < to)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var began = 0L;
            try
            {
                var ready = await call(cancellationToken);
                began = Stopwatch.GetTimestamp();
                await ready(cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                var failedAt = Stopwatch.GetTimestamp();
                if (failedAt >= from && failedAt <= to)
                {
                    result.Errors++;
                    result.FirstError ??= $"{ex.GetType().Name}: {ex.Message}";
                }

                continue;
            }

            var ended = Stopwatch.GetTimestamp();
            if (ended >= from && ended <= to)
            {
                result.Completed++;
                if (began >= from)
                {
                    result.Latencies.RecordBetween(began, ended);
                }
            }
        }

        return result;
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);

    private sealed class WorkerResult
    {
        public LatencyHistogram Latencies { get; } = new();

        public long Completed { get; set; }

        public long Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
