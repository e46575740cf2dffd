using System.Diagnostics;
using HdrHistogram;

namespace Mc2cm.Bench.Load;

/// <summary>Latencies in microseconds, in an HDR histogram (3 significant digits, up to 10 minutes).</summary>
public sealed class LatencyHistogram
{
    private const long HighestMicroseconds = 10L * 60 * 1_000_000;
    private readonly LongHistogram _histogram = new(1, HighestMicroseconds, 3);

    public long Count => _histogram.TotalCount;

    public void Record(TimeSpan latency) =>
        _histogram.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds));

    public void RecordBetween(long startTimestamp, long endTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp, endTimestamp));

    public void Add(LatencyHistogram other) => _histogram.Add(other._histogram);

    public Percentiles Percentiles() => Count == 0
        ? new Percentiles(0, 0, 0, 0, 0, 0)
        : new Percentiles(
            Milliseconds(_histogram.GetValueAtPercentile(50)),
            Milliseconds(_histogram.GetValueAtPercentile(90)),
            Milliseconds(_histogram.GetValueAtPercentile(95)),
            Milliseconds(_histogram.GetValueAtPercentile(99)),
            Milliseconds(_histogram.GetMaxValue()),
            _histogram.GetMean() / 1000.0);

    private static double Milliseconds(long microseconds) => microseconds / 1000.0;
}

/// <summary>Latency percentiles, the maximum and the mean, in milliseconds.</summary>
public sealed record Percentiles(double P50, double P90, double P95, double P99, double Max, double Mean);

/// <summary>Percentiles of a small set of samples that may be negative (differences of two clocks' stamps).</summary>
public static class SamplePercentiles
{
    /// <summary>Nearest-rank percentiles of <paramref name="milliseconds"/>; null when there is none.</summary>
    public static Percentiles? Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        double At(double percentile) => sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Percentiles(At(50), At(90), At(95), At(99), sorted[^1], sorted.Average());
    }
}
