using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Health;

/// <summary>
/// Liveness at /alive (the process answers), readiness at /health (every check, including
/// the database and the broker), and the same readiness over grpc.health.v1. Mapped in every
/// environment: orchestrators and the AppHost probe them in production too. Outside Development
/// an anonymous caller gets the status only (<see cref="HealthReportWriter"/>).
/// </summary>
public static class HealthExtensions
{
    public const string LiveTag = "live";
    public const string ReadyTag = "ready";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    public static TBuilder AddDefaultHealthChecks<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        StartupAwareHealthChecks.Replace(builder.Services);
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    public static WebApplication MapDefaultHealthEndpoints(this WebApplication app)
    {
        app.MapHttpHealthEndpoints();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }

    /// <summary>/health and /alive only, for a process that serves no gRPC (the portal).</summary>
    public static WebApplication MapHttpHealthEndpoints(this WebApplication app)
    {
        // Probes answer anyone: orchestrators have no token.
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(LiveTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        }).AllowAnonymous();
        return app;
    }

    public static bool IsProbe(PathString path) =>
        path.StartsWithSegments(HealthPath) || path.StartsWithSegments(AlivePath)
        || path.StartsWithSegments("/grpc.health.v1.Health");
}
