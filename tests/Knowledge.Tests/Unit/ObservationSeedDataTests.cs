using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Observations;
using Mc2cm.Knowledge.Seed;

namespace Mc2cm.Knowledge.Tests.Unit;

/// <summary>The seeded figures are cited: every one says where it was read, at what address, for which year.</summary>
public sealed class ObservationSeedDataTests
{
    public static TheoryData<string, string, int> Seeded() =>
        new(ObservationSeedData.All.Select(d => (d.CityId, d.IndicatorCode, d.ReferenceYear)));

    [Theory]
    [MemberData(nameof(Seeded))]
    public void Each_seeded_figure_has_a_source_an_address_and_a_year(string city, string indicator, int year)
    {
        var figure = ObservationSeedData.All.Single(d => (d.CityId, d.IndicatorCode, d.ReferenceYear) == (city, indicator, year));

        Assert.False(string.IsNullOrWhiteSpace(figure.Source), "no source title");
        Assert.True(UrlRules.IsHttpUrl(figure.SourceUrl, ObservationLimits.Url), $"\"{figure.SourceUrl}\" is not an http(s) address");
        Assert.InRange(figure.ReferenceYear, 1900, DateTime.UtcNow.Year);
        if (figure.Kind == ObservationKind.Gap)
        {
            Assert.False(string.IsNullOrWhiteSpace(figure.GapMissing) || string.IsNullOrWhiteSpace(figure.GapReason), "a gap says what is missing and why");
        }
    }

    [Fact]
    public void Every_phase_one_city_has_its_population_foreign_share_and_countries_of_origin_or_a_declared_gap()
    {
        string[] key = ["population-total", "immigrant-share", "main-countries-of-origin"];

        var missing = ProfileSeedData.PhaseOneCities
            .SelectMany(city => key.Select(indicator => (city, indicator)))
            .Where(k => !ObservationSeedData.All.Any(d => d.CityId == k.city && d.IndicatorCode == k.indicator))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Seeded_figures_fit_their_indicator_and_none_is_seeded_twice()
    {
        var catalogue = IndicatorSeedData.All.ToDictionary(i => i.Code);

        Assert.All(ObservationSeedData.All, d => ObservationRequestReader.CheckAgainst(catalogue[d.IndicatorCode], d));
        Assert.Equal(ObservationSeedData.All.Count, ObservationSeedData.All.DistinctBy(d => (d.CityId, d.IndicatorCode, d.ReferenceYear, d.Breakdown.Key)).Count());
    }
}
