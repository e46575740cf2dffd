using System.Globalization;
using Mc2cm.BuildingBlocks.Localization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Mc2cm.BuildingBlocks.Reads;

/// <summary>
/// HTTP caching of the REST GETs of <see cref="PublicReadAttribute">public reads</see>. An anonymous
/// caller's answer carries an ETag made of the <see cref="DataVersion"/> read before the answer is
/// built, the path and query, and the language when the answer depends on it, with "no-cache": a
/// client or a shared cache may keep it but asks again before each use, so nothing is served stale
/// after a write. A GET whose If-None-Match names the current ETag gets 304 here, before the call is
/// transcoded or the database read. A caller with a token may get what is theirs alone (personal
/// data): "private, no-store" and no ETag, so no cache keeps it or shares it.
/// </summary>
public static class PublicReadCaching
{
    public const string PublicCacheControl = "no-cache";
    public const string PrivateCacheControl = "private, no-store";

    public static WebApplication UsePublicReadCaching(this WebApplication app)
    {
        var version = app.Services.GetRequiredService<DataVersion>();
        app.Use((http, next) => InvokeAsync(http, next, version));
        return app;
    }

    internal static Task InvokeAsync(HttpContext http, RequestDelegate next, DataVersion version)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) || http.GetEndpoint()?.Metadata.GetMetadata<PublicReadAttribute>() is not { } read)
        {
            return next(http);
        }

        var headers = http.Response.Headers;
        if (request.Headers.Authorization.Count > 0)
        {
            headers.CacheControl = PrivateCacheControl;
            headers.Vary = HeaderNames.Authorization;
            return next(http);
        }

        // Read before the answer is built: the answer is as new as this version or newer, never older.
        var etag = Tag(version, version.Current, request, read.VariesByLanguage);
        var vary = read.VariesByLanguage ? VaryByLanguage : VaryByCaller;
        if (NamesTag(request.Headers.IfNoneMatch, etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            SetCacheHeaders(headers, etag, vary);
            return Task.CompletedTask;
        }

        http.Response.OnStarting(static state =>
        {
            var (response, etag, vary) = ((HttpResponse, string, StringValues))state;
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                SetCacheHeaders(response.Headers, etag, vary);
            }

            return Task.CompletedTask;
        }, (http.Response, etag, vary));
        return next(http);
    }

    /// <summary>
    /// The ETag of an anonymous answer read at <paramref name="at"/>: W/"instance.version.hash", the
    /// hash of the path, the query and (when the answer depends on it) the language asked for.
    /// </summary>
    public static string Tag(DataVersion version, long at, HttpRequest request, bool variesByLanguage)
    {
        var hash = Fnv.Start.Add(request.Path.Value).Add("?").Add(request.QueryString.Value);
        if (variesByLanguage)
        {
            hash = hash.Add("\n").Add(ReaderLanguage.FromAcceptLanguage(request.Headers.AcceptLanguage.ToString()));
        }

        return string.Create(CultureInfo.InvariantCulture, $"W/\"{version.Instance}.{at}.{hash.Value:x16}\"");
    }

    private static readonly StringValues VaryByCaller = HeaderNames.Authorization;
    private static readonly StringValues VaryByLanguage = new([HeaderNames.Authorization, HeaderNames.AcceptLanguage]);

    private static void SetCacheHeaders(IHeaderDictionary headers, string etag, StringValues vary)
    {
        headers.ETag = etag;
        headers.CacheControl = PublicCacheControl;
        headers.Vary = vary;
    }

    /// <summary>
    /// Weak comparison (RFC 9110 13.1.2): W/"x" matches "x". "*" is not taken as a match: whether the
    /// resource exists is only known by reading it, so such a request is answered in full.
    /// </summary>
    private static bool NamesTag(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0
        && EntityTagHeaderValue.TryParse(etag, out var current)
        && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Compare(current, useStrongComparison: false));

    /// <summary>FNV-1a, 64 bits: a stable hash (string.GetHashCode differs from process to process).</summary>
    private readonly record struct Fnv(ulong Value)
    {
        public static Fnv Start => new(14695981039346656037UL);

        public Fnv Add(string? text)
        {
            var value = Value;
            foreach (var c in text.AsSpan())
            {
                value = (value ^ c) * 1099511628211UL;
            }

            return new Fnv(value);
        }
    }
}
