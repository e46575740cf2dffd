using Grpc.Core;
using Microsoft.Net.Http.Headers;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>
/// HTTP caching of GetCity: the answer carries the city's etag as ETag and "no-cache" (a client or
/// proxy may keep it but asks again before each use: never stale after a write); a REST GET whose
/// If-None-Match names the current etag gets 304 from <see cref="CityReadCache"/>, before the call
/// is transcoded or the city read. gRPC has no conditional requests: its answers come from the same
/// cache and carry the same headers, and the etag is in the message.
/// </summary>
internal static class CityHttpCaching
{
    private const string PublicCacheControl = "no-cache";

    /// <summary>An answer with personal data is the caller's alone: no shared cache keeps it.</summary>
    private const string PrivateCacheControl = "private, no-cache";

    public static Proto.GetCityResponse WithCacheHeaders(this Proto.GetCityResponse answer, ServerCallContext context, bool isPublic)
    {
        SetHeaders(context.GetHttpContext().Response.Headers, answer.City.Etag, isPublic ? PublicCacheControl : PrivateCacheControl);
        return answer;
    }

    public static WebApplication UseCityNotModified(this WebApplication app)
    {
        app.Use(NotModifiedAsync);
        return app;
    }

    private static Task NotModifiedAsync(HttpContext http, RequestDelegate next)
    {
        var request = http.Request;
        if (HttpMethods.IsGet(request.Method) && request.Headers.IfNoneMatch.Count > 0
            && request.Path.StartsWithSegments("/api/v1/cities", out var rest) && rest.Value is ['/', .. var id] && !id.Contains('/')
            && http.RequestServices.GetRequiredService<CityReadCache>().TryGet(id, out var cached)
            && Names(request.Headers.IfNoneMatch, cached.City.Etag))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            SetHeaders(http.Response.Headers, cached.City.Etag, request.Headers.Authorization.Count > 0 ? PrivateCacheControl : PublicCacheControl);
            return Task.CompletedTask;
        }

        return next(http);
    }

    /// <summary>If-None-Match compares weakly (RFC 9110 13.1.2): W/"3" matches "3".</summary>
    private static bool Names(IList<string> ifNoneMatch, string etag) =>
        EntityTagHeaderValue.TryParse(etag, out var current) && EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)
        && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));

    private static void SetHeaders(IHeaderDictionary headers, string etag, string cacheControl)
    {
        headers.ETag = etag;
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.Authorization;
    }
}
