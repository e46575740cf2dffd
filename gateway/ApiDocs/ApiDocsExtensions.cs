namespace Mc2cm.Gateway.ApiDocs;

/// <summary>The gateway's API documentation: the OpenAPI document of the whole REST face.</summary>
public static class ApiDocsExtensions
{
    public const string DocumentPath = "/openapi/v1.json";

    // Before the proxy's routes (order 0) and the fallback: these are the gateway's own.
    private const int Order = -1;

    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddSingleton<ApiDocument>();

    public static IEndpointRouteBuilder MapApiDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(DocumentPath, (ApiDocument document) => Results.Text(document.Json, "application/json; charset=utf-8"))
            .WithOrder(Order);
        return endpoints;
    }
}
