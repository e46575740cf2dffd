using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Errors;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.Knowledge.Observations;
using Observation = Mc2cm.Contracts.Knowledge.V1.Observation;
using Breakdown = Mc2cm.Contracts.Knowledge.V1.Breakdown;
using Microsoft.Extensions.Time.Testing;

namespace Mc2cm.Knowledge.Tests.Unit;

public sealed class ObservationRulesTests
{
    private readonly ObservationRequestReader _reader = new(new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero)));

    private static CreateObservationRequest Valid() => new()
    {
        Observation = new Observation { City = "cities/tunis", Indicator = "indicators/population-total", ReferenceYear = 2014, Value = 638_845, Source = "Census 2014" },
    };

    private static string[] Fields(Action read) => Assert.Throws<InvalidArgumentException>(read).Violations.Select(v => v.Field).ToArray();

    [Fact]
    public void A_figure_without_a_source_is_refused()
    {
        var request = Valid();
        request.Observation.Source = "";

        Assert.Equal(["observation.source"], Fields(() => _reader.ReadCreate(request)));
    }

    [Theory]
    [InlineData("www.ins.tn/recensement")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://ftp.ins.tn/census.pdf")]
    [InlineData("https://www.ins.tn/a page")]
    [InlineData("/statistiques/2014")]
    public void A_source_address_that_is_not_an_http_url_is_a_named_field(string url)
    {
        var request = Valid();
        request.Observation.SourceUrl = url;

        Assert.Equal(["observation.source_url"], Fields(() => _reader.ReadCreate(request)));
    }

    [Fact]
    public void A_source_address_is_optional_and_kept_when_given()
    {
        var withAddress = Valid();
        withAddress.Observation.SourceUrl = "https://www.ins.tn/statistiques/111";

        Assert.Equal("", _reader.ReadCreate(Valid()).SourceUrl);
        Assert.Equal("https://www.ins.tn/statistiques/111", _reader.ReadCreate(withAddress).SourceUrl);
    }

    [Fact]
    public void A_year_in_the_future_is_refused()
    {
        var request = Valid();
        request.Observation.ReferenceYear = 2027;

        Assert.Equal(["observation.reference_year"], Fields(() => _reader.ReadCreate(request)));
    }

    [Fact]
    public void A_gap_says_what_is_missing_and_why_but_needs_no_source()
    {
        var request = Valid();
        request.Observation.Source = "";
        request.Observation.Gap = new DataGap { Missing = "Migrants by legal status" };

        Assert.Equal(["observation.gap.reason"], Fields(() => _reader.ReadCreate(request)));
        request.Observation.Gap.Reason = "Not collected by the census";
        Assert.Equal(ObservationKind.Gap, _reader.ReadCreate(request).Kind);
    }

    [Fact]
    public void Every_bad_field_is_named()
    {
        var request = new CreateObservationRequest
        {
            Observation = new Observation
            {
                City = "tunis", Indicator = "indicators/", ReferenceYear = 1800, Value = double.NaN, Source = "x",
                Breakdown = new Breakdown { AgeGroup = "young", Nationality = "XX" },
            },
        };

        Assert.Equal(
            ["observation.city", "observation.indicator", "observation.reference_year", "observation.value", "observation.breakdown.age_group", "observation.breakdown.nationality"],
            Fields(() => _reader.ReadCreate(request)));
    }

    [Fact]
    public void The_indicator_decides_the_kind_of_figure_and_the_breakdowns()
    {
        var population = new IndicatorDefinition("population-total", new LocalizedText("Population", "", ""), "persons",
            Dimension.Population, [Disaggregation.Sex], ValueKind.Number, true, 1);
        var byStatus = new ObservationDraft("tunis", "population-total", 2014, ObservationKind.Value, "census", Value: 1,
            BreakdownOrTotal: new Mc2cm.Knowledge.Observations.Breakdown(Sex.Female, "", "", LegalStatus.Refugee));
        var asText = new ObservationDraft("tunis", "population-total", 2014, ObservationKind.Text, "census", TextValue: "many");

        Assert.Equal(["observation.breakdown"], Fields(() => ObservationRequestReader.CheckAgainst(population, byStatus)));
        Assert.Equal(["observation.text_value"], Fields(() => ObservationRequestReader.CheckAgainst(population, asText)));
    }

    [Fact]
    public void Breakdown_keys_tell_figures_apart()
    {
        Assert.Equal("total", Mc2cm.Knowledge.Observations.Breakdown.Total.Key);
        Assert.Equal("sex=Female;age=15-24", new Mc2cm.Knowledge.Observations.Breakdown(Sex.Female, "15-24", "", LegalStatus.Unspecified).Key);
    }
}
