using System.Globalization;

namespace Mc2cm.Bench.Report;

/// <summary>A figure over a comparison's rounds: the median, and the smallest and largest value (the spread).</summary>
public sealed record Spread(double Median, double Min, double Max, int Count)
{
    /// <summary>Null when no value is known.</summary>
    public static Spread? Of(IEnumerable<double?> values)
    {
        var sorted = values.OfType<double>().Where(double.IsFinite).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(median, sorted[0], sorted[^1], sorted.Length);
    }

    /// <summary>"1.23 (1.10–1.31)": the median, then the spread when there was more than one round.</summary>
    public string Format(string format) => Count == 1
        ? Median.ToString(format, CultureInfo.InvariantCulture)
        : $"{Median.ToString(format, CultureInfo.InvariantCulture)} ({Min.ToString(format, CultureInfo.InvariantCulture)}–{Max.ToString(format, CultureInfo.InvariantCulture)})";
}

public static class SpreadFormat
{
    /// <summary>The spread as text, or "—" when unknown.</summary>
    public static string Text(this Spread? spread, string format) => spread?.Format(format) ?? "—";
}
