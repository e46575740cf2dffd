using Mc2cm.BuildingBlocks.Reads;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.BuildingBlocks.Tests.Reads;

/// <summary>The ETags of public reads and the 304 answered before the read runs.</summary>
public sealed class PublicReadCachingTests
{
    private readonly DataVersion _version = new();

    [Fact]
    public void The_language_varies_the_etag_of_a_read_that_depends_on_it_and_only_of_such_a_read()
    {
        var french = Tag(Get("/api/v1/profiles/tunis", acceptLanguage: "fr-FR, en;q=0.5"), byLanguage: true);
        var frenchAgain = Tag(Get("/api/v1/profiles/tunis", acceptLanguage: "fr"), byLanguage: true);
        var arabic = Tag(Get("/api/v1/profiles/tunis", acceptLanguage: "ar"), byLanguage: true);
        var none = Tag(Get("/api/v1/profiles/tunis"), byLanguage: true);

        Assert.Equal(french, frenchAgain);
        Assert.Equal(3, new[] { french, arabic, none }.Distinct().Count());
        Assert.Equal(Tag(Get("/api/v1/cities/tunis", acceptLanguage: "fr"), byLanguage: false), Tag(Get("/api/v1/cities/tunis", acceptLanguage: "ar"), byLanguage: false));
    }

    [Fact]
    public void The_etag_names_the_path_the_query_the_version_and_the_process()
    {
        var tunis = Tag(Get("/api/v1/cities/tunis"));

        Assert.StartsWith("W/\"", tunis, StringComparison.Ordinal);
        Assert.NotEqual(tunis, Tag(Get("/api/v1/cities/sfax")));
        Assert.NotEqual(Tag(Get("/api/v1/cities", "?pageSize=5")), Tag(Get("/api/v1/cities", "?pageSize=6")));
        Assert.NotEqual(tunis, PublicReadCaching.Tag(_version, _version.Current + 1, Get("/api/v1/cities/tunis").Request, variesByLanguage: false));
        Assert.NotEqual(tunis, PublicReadCaching.Tag(new DataVersion(), _version.Current, Get("/api/v1/cities/tunis").Request, variesByLanguage: false));
    }

    [Fact]
    public async Task A_current_if_none_match_gets_304_without_the_read_running_and_one_from_before_a_save_does_not()
    {
        var etag = Tag(Get("/api/v1/cities/tunis"));

        var current = Get("/api/v1/cities/tunis", ifNoneMatch: $"\"other\", {etag}");
        var readsCurrent = await RunAsync(current);
        _version.Committed(null!);
        var old = Get("/api/v1/cities/tunis", ifNoneMatch: etag);
        var readsOld = await RunAsync(old);

        Assert.Equal((StatusCodes.Status304NotModified, 0), (current.Response.StatusCode, readsCurrent));
        Assert.Equal(etag, current.Response.Headers.ETag);
        Assert.Equal(PublicReadCaching.PublicCacheControl, current.Response.Headers.CacheControl);
        Assert.Equal(1, readsOld);
    }

    [Fact]
    public async Task A_caller_with_a_token_never_gets_a_304_and_is_told_no_cache_may_keep_the_answer()
    {
        var etag = Tag(Get("/api/v1/cities/tunis"));
        var signedIn = Get("/api/v1/cities/tunis", ifNoneMatch: etag);
        signedIn.Request.Headers.Authorization = "Bearer token";

        var reads = await RunAsync(signedIn);

        Assert.Equal(1, reads);
        Assert.Equal(PublicReadCaching.PrivateCacheControl, signedIn.Response.Headers.CacheControl);
    }

    [Fact]
    public async Task A_read_not_marked_public_or_not_a_get_is_left_alone()
    {
        var etag = Tag(Get("/api/v1/cities/tunis"));
        var unmarked = Get("/api/v1/cities/tunis", ifNoneMatch: etag, marked: false);
        var post = Get("/api/v1/cities/tunis", ifNoneMatch: etag);
        post.Request.Method = HttpMethods.Post;

        Assert.Equal(2, await RunAsync(unmarked) + await RunAsync(post));
        Assert.Equal(0, unmarked.Response.Headers.CacheControl.Count + post.Response.Headers.CacheControl.Count);
    }

    private string Tag(HttpContext http, bool byLanguage = false) =>
        PublicReadCaching.Tag(_version, _version.Current, http.Request, byLanguage);

    /// <summary>Runs the middleware; the count of reads it let through (0 or 1).</summary>
    private async Task<int> RunAsync(HttpContext http)
    {
        var reads = 0;
        await PublicReadCaching.InvokeAsync(http, _ => { reads++; return Task.CompletedTask; }, _version);
        return reads;
    }

    private static DefaultHttpContext Get(string path, string query = "", string? acceptLanguage = null, string? ifNoneMatch = null, bool marked = true)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = HttpMethods.Get;
        http.Request.Path = path;
        http.Request.QueryString = new QueryString(query);
        if (acceptLanguage is not null)
        {
            http.Request.Headers.AcceptLanguage = acceptLanguage;
        }

        if (ifNoneMatch is not null)
        {
            http.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        http.SetEndpoint(new Endpoint(null, marked ? new EndpointMetadataCollection(new PublicReadAttribute()) : EndpointMetadataCollection.Empty, path));
        return http;
    }
}
