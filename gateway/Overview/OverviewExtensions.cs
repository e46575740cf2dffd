using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.ServiceDefaults.Grpc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mc2cm.Gateway.Overview;

/// <summary>The city overview: a gRPC service of the gateway (with its REST and gRPC-Web faces) that composes the four services' answers.</summary>
public static class OverviewExtensions
{
    // Before the proxy's routes (order 0): GET /api/v1/cities/{id}/overview is the gateway's own,
    // not one more path of Cities' "/api/v1/cities/{**rest}".
    private const int Order = -1;

    public static IHostApplicationBuilder AddCityOverview(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OverviewOptions>().BindConfiguration(OverviewOptions.Section)
            .Validate(o => o.OverviewDeadline > TimeSpan.Zero, "Gateway:OverviewDeadline must be a positive time span, e.g. \"00:00:03\".")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddOverviewClient<CitiesService.CitiesServiceClient>("cities");
        builder.AddOverviewClient<ProfilesService.ProfilesServiceClient>("knowledge");
        builder.AddOverviewClient<MeetingsService.MeetingsServiceClient>("dialogue");
        builder.AddOverviewClient<PrioritiesService.PrioritiesServiceClient>("action");
        builder.AddOverviewClient<ActionsService.ActionsServiceClient>("action");
        builder.Services.AddSingleton<PartReader>();
        builder.Services.AddTransient<CityDetailsReader>();
        builder.Services.AddTransient<KnowledgeReader>();
        builder.Services.AddTransient<DialogueReader>();
        builder.Services.AddTransient<ActionReader>();
        builder.Services.AddTransient<CityOverviewComposer>();
        return builder;
    }

    /// <param name="corsPolicy">The browsers' policy, as on the proxied routes.</param>
    public static IEndpointRouteBuilder MapCityOverview(this IEndpointRouteBuilder endpoints, string corsPolicy)
    {
        endpoints.MapGrpcService<OverviewGrpcService>().WithOrder(Order).RequireCors(corsPolicy);
        return endpoints;
    }

    /// <summary>
    /// A client of a service behind the gateway, without the standard resilience handler or gRPC's
    /// retries of reads: retries wait between attempts, which one short deadline for every part cannot
    /// hold. A service that is down makes its part UNAVAILABLE at once; the caller may ask again.
    /// </summary>
    private static void AddOverviewClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : class
    {
        // The one way to take off a handler that ConfigureHttpClientDefaults put on; Microsoft
        // marks it for evaluation (EXTEXP0001), and the overview tests would catch a change.
#pragma warning disable EXTEXP0001
        builder.AddServiceGrpcClient<TClient>(service).RemoveAllResilienceHandlers().WithoutGrpcRetries();
#pragma warning restore EXTEXP0001
    }
}
