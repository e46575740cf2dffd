using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>Readers get the published profile in their language, or the best available with its name.</summary>
public sealed class ReadingProfilesTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("fr", "Les migrants de Lisbonne", "fr")]
    [InlineData("en", "Lisbon's migrants", "en")]
    [InlineData("ar", "Lisbon's migrants", "en")]
    public async Task Lisbon_is_read_in_the_language_asked_for_or_the_best_available(string language, string start, string answered)
    {
        var profile = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/lisbon", Language = language }, cancellationToken: Ct)).Profile;

        Assert.StartsWith(start, profile.Revision.Content.Synopsis.Text, StringComparison.Ordinal);
        Assert.Equal(answered, profile.Revision.Content.Synopsis.Language);
        Assert.Empty(profile.Revision.Content.Synopsis.En);
        Assert.Equal(ProfileState.Published, profile.Revision.State);
    }

    [Fact]
    public async Task Rest_takes_the_language_from_lang_or_accept_language()
    {
        using var byQuery = await app.Rest.GetAsync("/api/v1/profiles/lisbon?lang=fr", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiles/lisbon");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR, en;q=0.5");
        using var byHeader = await app.Rest.SendAsync(request, Ct);

        foreach (var response in new[] { byQuery, byHeader })
        {
            var synopsis = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("revision").GetProperty("content").GetProperty("synopsis");
            Assert.Equal("fr", synopsis.GetProperty("language").GetString());
        }
    }

    [Fact]
    public async Task Without_a_language_every_version_is_returned()
    {
        var profile = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/tunis" }, cancellationToken: Ct)).Profile;

        Assert.StartsWith("Tunis, the capital", profile.Revision.Content.Synopsis.En, StringComparison.Ordinal);
        Assert.StartsWith("Tunis, la capitale", profile.Revision.Content.Synopsis.Fr, StringComparison.Ordinal);
        Assert.Empty(profile.Revision.Content.Synopsis.Text);
    }

    [Fact]
    public async Task A_profile_without_a_published_revision_is_not_found_until_a_revision_is_named()
    {
        var unpublished = await Assert.ThrowsAsync<RpcException>(() =>
            app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/turin" }, cancellationToken: Ct).ResponseAsync);
        var draft = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/turin", Revision = 1 }, cancellationToken: Ct)).Profile;

        Assert.Equal(StatusCode.NotFound, unpublished.StatusCode);
        Assert.Equal(ProfileState.Draft, draft.Revision.State);
        Assert.Contains("Stakeholder mapping", draft.Revision.Content.Synopsis.En, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_key_figures_box_shows_each_figure_with_its_year_and_source()
    {
        var figures = (await app.Profiles.GetKeyFiguresAsync(new GetKeyFiguresRequest { Name = "profiles/tunis" }, cancellationToken: Ct)).Figures;

        var population = figures.Single(f => f.Indicator == "indicators/population-total").Cell;
        Assert.Equal((CellStatus.Value, 638_845d, 2014), (population.Status, population.Value, population.ReferenceYear));
        Assert.Contains("Profil migratoire de ville : Tunis", population.Source, StringComparison.Ordinal);
        Assert.Equal("https://123dok.net/document/zlgxl9mg-profil-migratoire-de-ville.html", population.SourceUrl);
        Assert.Equal(CellStatus.NotReported, figures.Single(f => f.Indicator == "indicators/asylum-seekers-per-year").Cell.Status);
        // The profile's 18 % is the governorate's share of Tunisia's immigrants: not shown as the city's immigrant share.
        Assert.Equal(CellStatus.Gap, figures.Single(f => f.Indicator == "indicators/immigrant-share").Cell.Status);
    }

    [Fact]
    public async Task Every_city_of_the_network_has_a_profile()
    {
        using var response = await app.Rest.GetAsync("/api/v1/profiles?pageSize=100", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("profiles").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("profiles/lisbon", names);
        Assert.Contains("profiles/sfax", names);
        Assert.True(names.Count >= 20);
    }
}
