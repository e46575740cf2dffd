using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Grpc;

namespace Mc2cm.Gateway.OpenData;

/// <summary>GET /api/v1/open-data.zip: everything public, in one download (<see cref="OpenDataArchive"/>).</summary>
public static class OpenDataExtensions
{
    public const string Path = "/api/v1/open-data.zip";

    public static IHostApplicationBuilder AddOpenData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section);
        // The overview registers the clients of Cities, Dialogue's meetings, Action's priorities and actions.
        builder.AddServiceGrpcClient<NetworkService.NetworkServiceClient>("cities");
        builder.AddServiceGrpcClient<IndicatorsService.IndicatorsServiceClient>("knowledge");
        builder.AddServiceGrpcClient<ObservationsService.ObservationsServiceClient>("knowledge");
        builder.AddServiceGrpcClient<OutcomesService.OutcomesServiceClient>("dialogue");
        builder.AddServiceGrpcClient<CallsService.CallsServiceClient>("action");
        builder.Services.AddTransient<OpenDataArchive>();
        return builder;
    }

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder endpoints, string corsPolicy)
    {
        endpoints.MapGet(Path, async (OpenDataArchive archive, CancellationToken cancellationToken) =>
                Results.File(await archive.BuildAsync(cancellationToken), "application/zip", "mc2cm-open-data.zip"))
            .AllowAnonymous()
            .RequireCors(corsPolicy)
            .AddEndpointFilter<ApiErrorResponses.Filter>()
            // Before the proxy's routes and the fallback: the gateway answers it itself.
            .WithOrder(-1);
        return endpoints;
    }
}
