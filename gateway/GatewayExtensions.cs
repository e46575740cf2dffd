using Grpc.AspNetCore.Server;
using Grpc.Core;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Door;
using Mc2cm.Gateway.Errors;
using Mc2cm.Gateway.OpenData;
using Mc2cm.Gateway.Overview;
using Mc2cm.Gateway.Reflection;
using Mc2cm.Gateway.Routing;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Http.Timeouts;

namespace Mc2cm.Gateway;

/// <summary>The parts of the gateway.</summary>
public static class GatewayExtensions
{
    private const string BrowserPolicy = "browsers";
    private const string RouteTimeoutPolicy = "route-deadline";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var door = builder.Configuration.GetSection(DoorOptions.Section).Get<DoorOptions>() ?? new DoorOptions();
        builder.Services.AddAuthorizationBuilder().AddPolicy(DoorPolicy.Name, DoorPolicy.Build());
        builder.Services.AddRateLimiter(options => CallerRateLimits.Configure(options, door.RateLimit));
        builder.Services.AddRequestTimeouts(options => options.AddPolicy(RouteTimeoutPolicy, new RequestTimeoutPolicy
        {
            Timeout = door.RouteTimeout,
            WriteTimeoutResponse = context => StatusResponse.WriteAsync(context, StatusCode.DeadlineExceeded,
                $"The service did not answer within {door.RouteTimeout.TotalSeconds:0} s."),
        }));
        builder.Services.AddCors(options => options.AddPolicy(BrowserPolicy, cors => cors
            .WithOrigins([.. door.CorsOrigins]).AllowAnyHeader().AllowAnyMethod()
            // gRPC-Web clients read the status from these headers.
            .WithExposedHeaders("grpc-status", "grpc-message", "grpc-status-details-bin", "Retry-After", "WWW-Authenticate")));

        var (routes, clusters) = ProxyRoutes.Build(Backends.All, new RouteDefaults(DoorPolicy.Name, BrowserPolicy, RouteTimeoutPolicy));
        builder.Services.AddReverseProxy()
            .LoadFromMemory(routes, clusters)
            .AddServiceDiscoveryDestinationResolver();
        // Unknown gRPC methods get the gateway's own answer (below), not gRPC's catch-all endpoints.
        builder.Services.Configure<GrpcServiceOptions>(o => o.IgnoreUnknownServices = true);
        builder.Services.AddApiDocs();
        builder.Services.AddGatewayReflection(Backends.All);
        builder.AddCityOverview();
        builder.AddOpenData();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseCors();
        app.UseBodySizeLimit();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.MapApiDocs();
        app.MapCityOverview(BrowserPolicy);
        app.MapOpenData(BrowserPolicy);
        app.MapReverseProxy(proxy => proxy.UseProxyErrorResponses())
            .WithMetadata(new SpanNameMetadata(RouteSpanNames.FromContracts().NameOf));
        app.MapFallback(context => StatusResponse.IsGrpc(context.Request)
            ? StatusResponse.WriteAsync(context, StatusCode.Unimplemented, $"No service serves {context.Request.Path}.")
            : StatusResponse.WriteAsync(context, StatusCode.NotFound, $"No route for {context.Request.Path}.")).AllowAnonymous();
        return app;
    }
}
