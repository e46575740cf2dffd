using Grpc.AspNetCore.Server;
using Grpc.Core;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Errors;
using Mc2cm.Gateway.Routing;

namespace Mc2cm.Gateway;

/// <summary>The parts of the gateway.</summary>
public static class GatewayExtensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var (routes, clusters) = ProxyRoutes.Build(Backends.All);
        builder.Services.AddReverseProxy()
            .LoadFromMemory(routes, clusters)
            .AddServiceDiscoveryDestinationResolver();
        // Unknown gRPC methods get the gateway's own answer (below), not gRPC's catch-all endpoints.
        builder.Services.Configure<GrpcServiceOptions>(o => o.IgnoreUnknownServices = true);
        builder.Services.AddApiDocs();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapApiDocs();
        app.MapReverseProxy(proxy => proxy.UseProxyErrorResponses());
        app.MapFallback(context => GatewayStatus.IsGrpc(context.Request)
            ? GatewayStatus.WriteAsync(context, StatusCode.Unimplemented, $"No service serves {context.Request.Path}.")
            : GatewayStatus.WriteAsync(context, StatusCode.NotFound, $"No route for {context.Request.Path}."));
        return app;
    }
}
