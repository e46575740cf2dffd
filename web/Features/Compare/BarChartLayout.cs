using System.Globalization;

namespace Mc2cm.Web.Features.Compare;

/// <summary>
/// Where the bars of a horizontal bar chart go, in SVG units. Each row is a city: a bar as long
/// as its figure on a scale from zero to a round maximum, or, for a city without a figure, a gap:
/// a dashed frame across the plot with the reason written in it (drawn as missing, never as a
/// zero-length bar). Right to left, the labels are on the right and the bars grow leftwards.
/// </summary>
public sealed record BarChartLayout(double Width, double Height, double PlotStart, double PlotWidth, IReadOnlyList<BarRow> Rows, IReadOnlyList<AxisTick> Ticks)
{
    public const double DefaultWidth = 720;
    public const double LabelWidth = 170;
    public const double ValueWidth = 90;
    public const double RowHeight = 34;
    public const double BarHeight = 22;
    public const double AxisHeight = 28;

    /// <param name="values">One per row, in order; null for a gap.</param>
    public static BarChartLayout For(IReadOnlyList<double?> values, bool rightToLeft, double width = DefaultWidth)
    {
        var plotWidth = width - LabelWidth - ValueWidth;
        var scaleMax = NiceMax(values.Where(v => v is not null).Select(v => Math.Max(0, v!.Value)).DefaultIfEmpty(0).Max());
        double Length(double value) => scaleMax <= 0 ? 0 : plotWidth * Math.Clamp(value, 0, scaleMax) / scaleMax;

        // Left to right the plot starts after the labels; right to left it ends before them.
        var plotStart = rightToLeft ? ValueWidth : LabelWidth;
        double BarX(double length) => rightToLeft ? plotStart + plotWidth - length : plotStart;

        var rows = values.Select((value, i) =>
        {
            var y = (i * RowHeight) + ((RowHeight - BarHeight) / 2);
            if (value is not { } figure)
            {
                return new BarRow(i, IsGap: true, X: plotStart, Y: y, Length: plotWidth);
            }

            var length = Length(figure);
            return new BarRow(i, IsGap: false, X: BarX(length), Y: y, Length: length);
        }).ToList();

        var ticks = TickValues(scaleMax).Select(t => new AxisTick(t, rightToLeft ? plotStart + plotWidth - Length(t) : plotStart + Length(t))).ToList();
        return new BarChartLayout(width, (values.Count * RowHeight) + AxisHeight, plotStart, plotWidth, rows, ticks);
    }

    /// <summary>The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above <paramref name="max"/> (0 stays 0).</summary>
    public static double NiceMax(double max)
    {
        if (max <= 0 || double.IsNaN(max) || double.IsInfinity(max))
        {
            return 0;
        }

        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(max)));
        foreach (var step in new[] { 1, 2, 2.5, 5, 10 })
        {
            if (step * magnitude >= max * (1 - 1e-12))
            {
                return step * magnitude;
            }
        }

        return 10 * magnitude;
    }

    /// <summary>Five ticks from zero to the scale's maximum (none when there is no figure).</summary>
    public static IReadOnlyList<double> TickValues(double scaleMax) =>
        scaleMax <= 0 ? [] : [.. Enumerable.Range(0, 5).Select(i => scaleMax * i / 4)];

    /// <summary>Where a row's text sits: its label beside the plot, its figure just past the bar's end.</summary>
    public double LabelAnchorX(bool rightToLeft) => rightToLeft ? Width - 6 : LabelWidth - 6;

    public double ValueX(BarRow row, bool rightToLeft) => rightToLeft ? row.X - 6 : row.X + row.Length + 6;

    public static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

public sealed record BarRow(int Index, bool IsGap, double X, double Y, double Length);

public sealed record AxisTick(double Value, double X);
