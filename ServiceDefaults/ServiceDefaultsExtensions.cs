using Mc2cm.ServiceDefaults.Grpc;
using Mc2cm.ServiceDefaults.Health;
using Mc2cm.ServiceDefaults.Security;
using Mc2cm.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;

namespace Mc2cm.ServiceDefaults;

/// <summary>The one call every MC2CM process (services and gateway) makes at start-up.</summary>
public static class ServiceDefaultsExtensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.AddClientAppDefaults();
        builder.AddTwoEndpointKestrel();
        builder.AddGrpcServerDefaults();
        builder.AddServiceAuthentication();
        return builder;
    }

    /// <summary>
    /// What a client app of the suite (the portal) shares with the services: telemetry, health
    /// checks, service discovery and resilient HTTP clients; no gRPC server, no bearer tokens.
    /// </summary>
    public static TBuilder AddClientAppDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            // No POST is retried here: a write whose answer was lost may have been applied. gRPC
            // calls are all POSTs; their reads are retried by gRPC's own policy (AddServiceGrpcClient).
            http.AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
            http.AddServiceDiscovery();
        });
        return builder;
    }

    /// <summary>Maps health (HTTP and grpc.health.v1), reflection and gRPC-Web.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.MapDefaultHealthEndpoints();
        app.MapGrpcServerDefaults();
        return app;
    }
}
