using System.IO.Compression;
using System.Net;
using System.Text;
using Mc2cm.Gateway.OpenData;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>The open-data download: one zip of CSV files of what the public may read, and their README.</summary>
[Collection(nameof(OverviewCollection))]
public sealed class OpenDataTests(OverviewApp app)
{
    private static readonly string[] Files =
        ["README.md", "cities.csv", "phases.csv", "partners.csv", "indicators.csv", "observations.csv", "meetings.csv",
         "recommendations.csv", "priorities.csv", "calls.csv", "funded-actions.csv"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_zip_holds_every_file_with_its_header_and_the_published_data_only()
    {
        // A coordinator's token changes nothing: the download is what anyone may read.
        using var coordinator = app.Gateway.CreateRestClient();

        using var response = await coordinator.GetAsync(OpenDataExtensions.Path, Ct);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        var text = zip.Entries.ToDictionary(e => e.FullName, e => new StreamReader(e.Open(), Encoding.UTF8).ReadToEnd());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Files.Order(), text.Keys.Order());
        Assert.StartsWith("name,display_name.en,display_name.fr,display_name.ar,", text["cities.csv"]);
        Assert.Contains("cities/tunis,Tunis,Tunis,تونس,", text["cities.csv"]);
        Assert.Contains(",TN,", text["cities.csv"]);
        Assert.Contains("indicators/population-total", text["observations.csv"]);
        Assert.Contains("Licence:", text["README.md"]);
        Assert.Contains("`reference_year`", text["README.md"]);
        Assert.Contains(app.AdoptedPriority.Name, text["priorities.csv"]);
        Assert.DoesNotContain(app.ProposedPriority.Name, text["priorities.csv"]);
    }
}
