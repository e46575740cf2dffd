using Scalar.AspNetCore;

namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The gateway's API documentation: the OpenAPI document and a browsable UI for it.</summary>
public static class ApiDocsExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string UiPath = "/docs";

    // Before the proxy's routes (order 0) and the fallback: these are the gateway's own.
    private const int Order = -1;

    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddSingleton<ApiDocument>();

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder endpoints)
    {
        // The documentation is public, like the protos it is made from.
        endpoints.MapGet(DocumentPath, (ApiDocument document) => Results.Text(document.Json, "application/json; charset=utf-8"))
            .WithOrder(Order).AllowAnonymous();
        endpoints.MapScalarApiReference(UiPath, options => options
                .WithTitle("MC2CM API")
                .WithOpenApiRoutePattern(DocumentPath)
                // Offline: the UI's script comes from the package (served below /docs); nothing else is fetched,
                // and the developer toolbar (links to Scalar's hosted services) is left out.
                .HideDeveloperTools()
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp())
            .WithOrder(Order).AllowAnonymous();
        return endpoints;
    }
}
