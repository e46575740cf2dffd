using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.ServiceDefaults.Grpc;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// The portal's way to the data: the Contracts' gRPC clients, every one on the gateway's gRPC
/// endpoint ("gateway" in service discovery, services:gateway:grpc), and one HTTP client on its
/// REST endpoint for the feeds that are not gRPC (CSV, iCalendar). The portal knows no service.
/// </summary>
public static class GatewayClientExtensions
{
    public const string GatewayName = "gateway";

    public static IHostApplicationBuilder AddGatewayClients(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section);
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PortalClientToken>();
        builder.Services.AddSingleton<CityNames>();
        builder.Services.AddSingleton<GatewayDeadline>();
        builder.Services.AddTransient<GatewayCallHeaders>();
        builder.Services.AddHttpClient(PortalClientToken.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(5)).WithoutRetries();

        builder.AddGatewayClient<CitiesService.CitiesServiceClient>();
        builder.AddGatewayClient<NetworkService.NetworkServiceClient>();
        builder.AddGatewayClient<OverviewService.OverviewServiceClient>();
        builder.AddGatewayClient<ProfilesService.ProfilesServiceClient>();
        builder.AddGatewayClient<IndicatorsService.IndicatorsServiceClient>();
        builder.AddGatewayClient<ObservationsService.ObservationsServiceClient>();
        builder.AddGatewayClient<ObservationImportsService.ObservationImportsServiceClient>();
        builder.AddGatewayClient<MeetingsService.MeetingsServiceClient>();
        builder.AddGatewayClient<ThemesService.ThemesServiceClient>();
        builder.AddGatewayClient<RegistrationsService.RegistrationsServiceClient>();
        builder.AddGatewayClient<OutcomesService.OutcomesServiceClient>();
        builder.AddGatewayClient<CallsService.CallsServiceClient>();
        builder.AddGatewayClient<ApplicationsService.ApplicationsServiceClient>();
        builder.AddGatewayClient<ActionsService.ActionsServiceClient>();
        builder.AddGatewayClient<PrioritiesService.PrioritiesServiceClient>();
        builder.AddGatewayClient<StakeholderGroupsService.StakeholderGroupsServiceClient>();
        builder.AddGatewayClient<OutcomesService.OutcomesServiceClient>();

        builder.Services.AddHttpClient<GatewayFeeds>(c => c.BaseAddress = new Uri($"http://_{KestrelEndpoints.Http}.{GatewayName}"))
            .WithoutRetries()
            .AddHttpMessageHandler<GatewayCallHeaders>();
        return builder;
    }

    private static void AddGatewayClient<TClient>(this IHostApplicationBuilder builder)
        where TClient : class =>
        builder.AddServiceGrpcClient<TClient>(GatewayName)
            .WithoutRetries()
            .WithoutGrpcRetries()
            .AddHttpMessageHandler<GatewayCallHeaders>()
            .AddInterceptor<GatewayDeadline>();

    /// <summary>
    /// No standard resilience handler: its retries wait seconds between attempts, and a page whose
    /// gateway is down should say so at once (503) rather than after them; the next page tries again.
    /// </summary>
    private static IHttpClientBuilder WithoutRetries(this IHttpClientBuilder client)
    {
#pragma warning disable EXTEXP0001 // the one way to take off what ConfigureHttpClientDefaults put on
        return client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
    }
}
