using System.Net;
using System.Net.Http.Headers;

namespace Mc2cm.Gateway.Tests;

/// <summary>The services' HTTP caching headers and 304s reach the caller through the gateway as the service gave them.</summary>
public sealed class PublicReadCachingTests(GatewayApp app) : IClassFixture<GatewayApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_anonymous_read_through_the_gateway_carries_its_etag_and_a_current_if_none_match_gets_304()
    {
        using var anonymous = app.Gateway.CreateRestClient(user: null);

        using var first = await anonymous.GetAsync("/api/v1/cities/tunis", Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cities/tunis") { Headers = { IfNoneMatch = { first.Headers.ETag! } } };
        using var again = await anonymous.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl!.NoCache);
        Assert.False(first.Headers.CacheControl.Public || first.Headers.CacheControl.Private);
        Assert.Contains("Authorization", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_signed_in_read_through_the_gateway_is_private_no_store_without_an_etag()
    {
        using var anonymous = app.Gateway.CreateRestClient(user: null);
        using var coordinator = app.Rest();
        using var publicAnswer = await anonymous.GetAsync("/api/v1/cities/tunis", Ct);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cities/tunis") { Headers = { IfNoneMatch = { publicAnswer.Headers.ETag! } } };
        using var response = await coordinator.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new CacheControlHeaderValue { Private = true, NoStore = true }, response.Headers.CacheControl);
        Assert.Null(response.Headers.ETag);
    }
}
