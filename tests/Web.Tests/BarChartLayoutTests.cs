using Mc2cm.Web.Features.Compare;

namespace Mc2cm.Web.Tests;

public sealed class BarChartLayoutTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(7, 10)]
    [InlineData(10, 10)]
    [InlineData(11, 20)]
    [InlineData(21, 25)]
    [InlineData(638_845, 1_000_000)]
    [InlineData(0.37, 0.5)]
    [InlineData(double.NaN, 0)]
    public void The_scale_ends_on_a_round_figure_at_or_above_the_largest(double max, double expected) =>
        Assert.Equal(expected, BarChartLayout.NiceMax(max), 9);

    [Fact]
    public void A_gap_is_drawn_across_the_plot_as_a_gap_and_never_as_a_zero_bar()
    {
        var layout = BarChartLayout.For([50, null, 0, 100], rightToLeft: false);

        var (fifty, gap, zero, hundred) = (layout.Rows[0], layout.Rows[1], layout.Rows[2], layout.Rows[3]);
        Assert.True(gap.IsGap);
        Assert.Equal(layout.PlotWidth, gap.Length);
        Assert.False(zero.IsGap);
        Assert.Equal(0, zero.Length);
        Assert.Equal(layout.PlotWidth, hundred.Length, 6);
        Assert.Equal(layout.PlotWidth / 2, fifty.Length, 6);
        Assert.All(layout.Rows, r => Assert.Equal(BarChartLayout.LabelWidth, r.X));
    }

    [Fact]
    public void Right_to_left_the_bars_grow_leftwards_from_the_same_edge()
    {
        var layout = BarChartLayout.For([25, 100], rightToLeft: true);

        var plotEnd = layout.PlotStart + layout.PlotWidth;
        Assert.Equal(plotEnd, layout.Rows[0].X + layout.Rows[0].Length, 6);
        Assert.Equal(plotEnd, layout.Rows[1].X + layout.Rows[1].Length, 6);
        Assert.Equal(layout.PlotStart, layout.Rows[1].X, 6);
        Assert.True(layout.LabelAnchorX(rightToLeft: true) > plotEnd);
        Assert.Equal(plotEnd, layout.Ticks[0].X, 6); // zero is on the right
    }

    [Fact]
    public void Only_gaps_give_no_scale_and_no_ticks()
    {
        var layout = BarChartLayout.For([null, null], rightToLeft: false);

        Assert.Empty(layout.Ticks);
        Assert.All(layout.Rows, r => Assert.True(r.IsGap));
    }
}
