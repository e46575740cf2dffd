using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Tests.Unit;

public sealed class FigureSelectionTests
{
    private static Observation Figure(int year, double value) =>
        Observation.Record(new ObservationDraft("tunis", "population-total", year, ObservationKind.Value, "census", Value: value), "test", DateTimeOffset.UtcNow);

    private static Observation Gap(int year) =>
        Observation.Record(new ObservationDraft("tunis", "population-total", year, ObservationKind.Gap, "", GapMissing: "count", GapReason: "no census"), "test", DateTimeOffset.UtcNow);

    [Fact]
    public void Without_a_year_the_latest_figure_is_shown()
    {
        var picked = FigureSelection.Pick([Figure(2004, 728_453), Figure(2014, 638_845)], year: null);

        Assert.Equal((2014, 638_845d), (picked!.ReferenceYear, picked.Value));
    }

    [Fact]
    public void A_later_gap_does_not_hide_an_earlier_figure()
    {
        var picked = FigureSelection.Pick([Figure(2014, 638_845), Gap(2020)], year: null);

        Assert.Equal(ObservationKind.Value, picked!.Kind);
        Assert.Equal(2014, picked.ReferenceYear);
    }

    [Fact]
    public void A_city_with_only_gaps_shows_its_latest_gap()
    {
        var picked = FigureSelection.Pick([Gap(2010), Gap(2020)], year: null);

        Assert.Equal((ObservationKind.Gap, 2020), (picked!.Kind, picked.ReferenceYear));
    }

    [Fact]
    public void For_a_year_only_that_year_counts_and_a_gap_stays_a_gap()
    {
        var observations = new[] { Figure(2014, 638_845), Gap(2020) };

        Assert.Equal(ObservationKind.Gap, FigureSelection.Pick(observations, 2020)!.Kind);
        Assert.Null(FigureSelection.Pick(observations, 2019));
    }

    [Fact]
    public void Missing_data_is_not_reported_never_zero()
    {
        var cell = FigureSelection.Pick([], year: null).ToCell();

        Assert.Equal(Mc2cm.Contracts.Knowledge.V1.CellStatus.NotReported, cell.Status);
        Assert.Equal(0, cell.ReferenceYear);
    }
}
