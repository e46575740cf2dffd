using Mc2cm.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Mc2cm.ServiceDefaults.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs from ASP.NET Core, HttpClient, gRPC clients, MassTransit and the
    /// suite's own sources; exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set. Traces are
    /// sampled as <see cref="TraceSampling"/> says (all of them unless configured).
    /// </summary>
    public static TBuilder ConfigureOpenTelemetry<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(TelemetrySources.MassTransit, TelemetrySources.SuiteWildcard))
            .WithTracing(tracing => tracing
                .SetSampler(TraceSampling.FromConfiguration(builder.Configuration))
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(TelemetrySources.MassTransit, TelemetrySources.SuiteWildcard)
                // Health probes and the OTLP exporter's own calls would drown the useful traces.
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = ctx => !HealthExtensions.IsProbe(ctx.Request.Path);
                    o.EnrichWithHttpResponse = (activity, response) => SpanNames.Name(activity, response.HttpContext);
                })
                .AddGrpcClientInstrumentation()
                .AddHttpClientInstrumentation(o => o.FilterHttpRequestMessage = r => !IsOtlpExport(r)));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }

        return builder;
    }

    private static bool IsOtlpExport(HttpRequestMessage request) =>
        request.RequestUri?.AbsolutePath.StartsWith("/opentelemetry.proto.", StringComparison.Ordinal) == true;
}
