using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.ServiceDefaults.Grpc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.CityDirectory;

public static class CityDirectoryExtensions
{
    /// <summary>
    /// The Cities gRPC client (service discovery name "cities"), the membership checks, and the
    /// sync that fills known_cities from Cities at start and every CityDirectory:ResyncInterval.
    /// </summary>
    public static IHostApplicationBuilder AddCityDirectory(this IHostApplicationBuilder builder)
    {
        builder.AddServiceGrpcClient<CitiesService.CitiesServiceClient>("cities");
        builder.Services.AddScoped<CityMembership>();
        builder.Services.AddOptions<CityDirectoryOptions>().BindConfiguration(CityDirectoryOptions.Section);
        builder.Services.AddHostedService<KnownCitiesSync>();
        return builder;
    }

    /// <summary>
    /// Keeps the service's known_cities table current. The four events share one queue, so they
    /// apply in the order Cities published them (joined, left, joined again...).
    /// </summary>
    public static EventHandlerRegistry KeepKnownCities(this EventHandlerRegistry handlers) => handlers
        .Handle<CityRegistered, KnownCityHandlers>()
        .Handle<CityUpdated, KnownCityHandlers>()
        .Handle<CityJoinedNetwork, KnownCityHandlers>()
        .Handle<CityLeftNetwork, KnownCityHandlers>();
}
