using System.Net;
using System.Text.RegularExpressions;
using Mc2cm.Gateway.ApiDocs;

namespace Mc2cm.Gateway.Tests;

/// <summary>The browsable UI works offline: its page loads only what the gateway itself serves.</summary>
public sealed partial class ApiDocsUiTests(ApiDocsGateway docs) : IClassFixture<ApiDocsGateway>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_docs_page_is_html_that_references_only_the_gateways_own_assets_and_they_answer()
    {
        using var rest = docs.Gateway.CreateRestClient();

        using var page = await rest.GetAsync(ApiDocsExtensions.UiPath, Ct); // redirects to "/docs/"
        var html = await page.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotMatch("(?i)https?:|[\"'(]//", html); // no CDN, no absolute or protocol-relative URL
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal); // the fonts would come from a CDN
        var assets = Asset().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToList();
        Assert.Contains("scalar.js", assets);
        foreach (var asset in assets)
        {
            using var response = await rest.GetAsync(new Uri(page.RequestMessage!.RequestUri!, asset), Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_ui_reads_the_gateways_document()
    {
        using var rest = docs.Gateway.CreateRestClient();

        var html = await rest.GetStringAsync(ApiDocsExtensions.UiPath + "/", Ct);
        var bundle = await rest.GetByteArrayAsync(ApiDocsExtensions.UiPath + "/scalar.js", Ct);

        // scalar.aspnetcore.js resolves it against the site's base (the page's path less "/docs/"): "/openapi/v1.json".
        Assert.Contains($"\"url\":\"{ApiDocsExtensions.DocumentPath.TrimStart('/')}\"", html, StringComparison.Ordinal);
        Assert.True(bundle.Length > 1_000_000, "scalar.js is the whole UI, not a loader for a remote one.");
    }

    // src="…", href="…", a module's import '…', and the favicon the script loads.
    [GeneratedRegex(""""(?:src|href)="(?<url>[^"]+)"|import .* from '(?<url>[^']+)'|"favicon":"(?<url>[^"]+)(?=")"""")]
    private static partial Regex Asset();
}
