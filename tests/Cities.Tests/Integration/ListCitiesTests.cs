using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>ListCities over HTTP/2 on the seeded network.</summary>
public sealed class ListCitiesTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static readonly string[] PhaseOneCities =
        ["cities/amman", "cities/beirut", "cities/lisbon", "cities/lyon", "cities/madrid", "cities/tangier", "cities/tunis", "cities/turin", "cities/vienna"];

    [Fact]
    public async Task Phase_one_filter_lists_the_nine_cities_of_the_seed_article_by_name()
    {
        var response = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Phase = "phases/phase-1" }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(PhaseOneCities, response.Cities.Select(c => c.Name));
        Assert.Equal(9, response.TotalSize);
        Assert.Empty(response.NextPageToken);
    }

    [Fact]
    public async Task Search_ignores_case_and_accents_in_every_language()
    {
        var ct = TestContext.Current.CancellationToken;

        var byFrench = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Query = "SEVILLE" }, cancellationToken: ct);
        var byArabic = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Query = "عمان" }, cancellationToken: ct);
        var byPlainLatin = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Query = "fes" }, cancellationToken: ct);

        Assert.Equal(["cities/seville"], byFrench.Cities.Select(c => c.Name));
        Assert.Equal(["cities/amman"], byArabic.Cities.Select(c => c.Name));
        Assert.Equal(["cities/fes"], byPlainLatin.Cities.Select(c => c.Name));
    }

    [Fact]
    public async Task Pages_follow_each_other_without_overlap_or_gap()
    {
        var ct = TestContext.Current.CancellationToken;
        var all = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Region = Region.NorthAfrica, PageSize = 100 }, cancellationToken: ct);
        var paged = new List<string>();
        var token = string.Empty;
        var pages = 0;
        do
        {
            var page = await app.Cities.ListCitiesAsync(new ListCitiesRequest { Region = Region.NorthAfrica, PageSize = 4, PageToken = token }, cancellationToken: ct);
            paged.AddRange(page.Cities.Select(c => c.Name));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0 && pages < 50);

        Assert.True(all.TotalSize >= 11);
        Assert.Equal(all.Cities.Select(c => c.Name), paged);
        Assert.Equal((all.TotalSize + 3) / 4, pages);
    }

    [Fact]
    public async Task Filters_combine_and_order_by_country_descending()
    {
        var response = await app.Cities.ListCitiesAsync(
            new ListCitiesRequest { Region = Region.Europe, Phase = "phases/phase-1", OrderBy = "country_code desc" },
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["PT", "IT", "FR", "ES", "AT"], response.Cities.Select(c => c.CountryCode));
    }
}
