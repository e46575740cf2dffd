using System.IO.Compression;

namespace Mc2cm.Browser.Tests;

/// <summary>The home page's open-data link downloads the zip of every public file, through the portal.</summary>
public sealed class OpenDataDownloadTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task The_home_page_link_downloads_the_open_data_zip()
    {
        var page = await (await NewContextAsync()).NewPageAsync();
        await page.GotoAsync("/");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("open-data-link").ClickAsync());
        // Playwright's download stream reads asynchronously only; the zip reader reads synchronously.
        await using var stream = await download.CreateReadStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, TestContext.Current.CancellationToken);
        copy.Position = 0;
        using var zip = new ZipArchive(copy);

        Assert.Equal("mc2cm-open-data.zip", download.SuggestedFilename);
        Assert.Contains(zip.Entries, e => e.FullName == "README.md");
        Assert.Contains(zip.Entries, e => e.FullName == "observations.csv");
        var cities = await new StreamReader(zip.GetEntry("cities.csv")!.Open()).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("cities/tunis,", cities);
    }
}
