using Mc2cm.Web.Gateway;

namespace Mc2cm.Web.Features.Home;

/// <summary>GET /open-data.zip: the gateway's open-data download (everything public, as CSV files), through the portal.</summary>
public static class OpenDataEndpoints
{
    public const string Path = "/open-data.zip";

    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (HttpContext http, GatewayFeeds feeds) =>
            FeedProxy.PassOnAsync(feeds, "/api/v1/open-data.zip", "application/zip", "mc2cm-open-data.zip", http.RequestAborted));
        return endpoints;
    }
}
