using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Mc2cm.Bench.Scenarios.Portal;

/// <summary>One response of a visit: what was asked, what came back, and the bytes it cost on the wire.</summary>
public sealed record Fetched(string Path, int Status, long Bytes, string? CacheControl);

/// <summary>The bytes of a first and of a repeat visit of a page: the HTML and every same-origin asset it references.</summary>
public sealed record PageWeightResult(string Page, long FirstVisitBytes, long RepeatVisitBytes, IReadOnlyList<Fetched> FirstVisit, IReadOnlyList<Fetched> RepeatVisit);

/// <summary>
/// What a browser downloads for a page, counted as it travels: the request asks for br/gzip as
/// browsers do, and each response counts its status line, headers and (compressed) body. The
/// first visit fetches the HTML, every same-origin asset its link, script, img and SVG image
/// elements name, and what url(...) in its stylesheets names. The repeat visit follows the HTTP
/// cache rules from the first visit's headers: an asset still fresh (max-age, no no-cache/no-store)
/// is not asked for again; anything else, the page included, is asked again with its validators
/// (If-None-Match / If-Modified-Since), and what comes back is counted.
/// </summary>
public static partial class PageWeight
{
    public static async Task<PageWeightResult> MeasureAsync(Uri portal, string path, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None, AllowAutoRedirect = false });
        http.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        var pageUrl = new Uri(portal, path);
        var page = await FetchAsync(http, pageUrl, null, cancellationToken);
        var html = await ReadTextAsync(page, cancellationToken);
        var first = new List<(Uri Url, Answer Answer)> { (pageUrl, page) };
        var assets = new Queue<Uri>(Assets(html, pageUrl));
        while (assets.TryDequeue(out var asset))
        {
            if (first.Exists(f => f.Url.PathAndQuery == asset.PathAndQuery))
            {
                continue;
            }

            var answer = await FetchAsync(http, asset, null, cancellationToken);
            first.Add((asset, answer));
            if (answer.Response.Content.Headers.ContentType?.MediaType == "text/css")
            {
                // A stylesheet's url(...) (images, fonts) is fetched by the browser too.
                foreach (var nested in StylesheetAssets(await ReadTextAsync(answer, cancellationToken), asset, pageUrl))
                {
                    assets.Enqueue(nested);
                }
            }
        }

        // The document is always asked for again (a navigation revalidates it); assets only when stale.
        var repeat = new List<(Uri Url, Answer Answer)>();
        foreach (var (url, earlier) in first)
        {
            if (url != pageUrl && IsFresh(earlier.Response.Headers.CacheControl))
            {
                continue;
            }

            repeat.Add((url, await FetchAsync(http, url, earlier.Response, cancellationToken)));
        }

        var result = new PageWeightResult(path, first.Sum(f => f.Answer.Bytes), repeat.Sum(r => r.Answer.Bytes),
            [.. first.Select(f => f.Answer.Describe(f.Url))], [.. repeat.Select(r => r.Answer.Describe(r.Url))]);
        foreach (var (_, answer) in first.Concat(repeat))
        {
            answer.Response.Dispose();
        }

        return result;
    }

    /// <summary>
    /// Same-origin URLs of link href, script src, img and source src, and SVG image href (the home
    /// page's map) — what a browser fetches to show the page. The portal's pages have no script;
    /// one would be counted should it appear.
    /// </summary>
    public static IEnumerable<Uri> Assets(string html, Uri page) =>
        SameOrigin(AssetReference().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)), page, page);

    /// <summary>Same-origin url(...) references of a stylesheet, relative to the stylesheet.</summary>
    public static IEnumerable<Uri> StylesheetAssets(string css, Uri stylesheet, Uri page) =>
        SameOrigin(StylesheetReference().Matches(css).Select(m => m.Groups["url"].Value), stylesheet, page);

    private static IEnumerable<Uri> SameOrigin(IEnumerable<string> references, Uri relativeTo, Uri page) =>
        references
            .Where(r => !r.StartsWith("data:", StringComparison.OrdinalIgnoreCase) && !r.StartsWith('#'))
            .Select(r => new Uri(relativeTo, r))
            .Where(u => u.Scheme == page.Scheme && u.Authority == page.Authority && u.AbsolutePath != page.AbsolutePath)
            .DistinctBy(u => u.PathAndQuery);

    /// <summary>Fresh for a repeat visit without asking: a positive max-age, and neither no-cache nor no-store.</summary>
    public static bool IsFresh(CacheControlHeaderValue? cacheControl) =>
        cacheControl is { NoCache: false, NoStore: false, MaxAge: { } maxAge } && maxAge > TimeSpan.Zero;

    private static async Task<Answer> FetchAsync(HttpClient http, Uri url, HttpResponseMessage? earlier, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (earlier?.Headers.ETag is { } etag)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        if (earlier?.Content.Headers.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.NotModified)
        {
            throw new InvalidOperationException($"GET {url.PathAndQuery} answered {(int)response.StatusCode}.");
        }

        return new Answer(response, body, HeaderBytes(response) + body.Length);
    }

    /// <summary>"HTTP/1.1 200 OK\r\n", each "Name: value\r\n", and the blank line, as HTTP/1.1 sends them.</summary>
    private static long HeaderBytes(HttpResponseMessage response)
    {
        var headers = response.Headers.Concat(response.Content.Headers);
        return $"HTTP/1.1 {(int)response.StatusCode} {response.ReasonPhrase}\r\n".Length
            + headers.Sum(h => h.Key.Length + 2 + string.Join(", ", h.Value).Length + 2) + 2;
    }

    private static async Task<string> ReadTextAsync(Answer page, CancellationToken cancellationToken)
    {
        var encoding = page.Response.Content.Headers.ContentEncoding;
        await using Stream raw = new MemoryStream(page.Body);
        await using Stream decoded = encoding.Contains("br") ? new System.IO.Compression.BrotliStream(raw, System.IO.Compression.CompressionMode.Decompress)
            : encoding.Contains("gzip") ? new System.IO.Compression.GZipStream(raw, System.IO.Compression.CompressionMode.Decompress)
            : raw;
        using var reader = new StreamReader(decoded);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    [GeneratedRegex("""<(?:link|script|img|source|image)\b[^>]*?\b(?:href|src)\s*=\s*["'](?<url>[^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')\s]+)["']?\s*\)""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetReference();

    private sealed record Answer(HttpResponseMessage Response, byte[] Body, long Bytes)
    {
        public Fetched Describe(Uri url) => new(url.PathAndQuery, (int)Response.StatusCode, Bytes, Response.Headers.CacheControl?.ToString());
    }
}
