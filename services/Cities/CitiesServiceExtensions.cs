using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.BuildingBlocks.Security;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Data;
using Mc2cm.Cities.Network;
using Mc2cm.Cities.Seed;

namespace Mc2cm.Cities;

/// <summary>The parts of the Cities service.</summary>
public static class CitiesServiceExtensions
{
    public const string ServiceName = "cities";
    public const string DatabaseName = "citiesdb";

    public static IHostApplicationBuilder AddCitiesService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<CitiesDbContext, SqliteCitiesDbContext, SqlServerCitiesDbContext>(DatabaseName);
        builder.Services.AddScoped<IDataSeeder<CitiesDbContext>, CitiesSeeder>();
        // Cities publishes events and consumes none.
        builder.AddServiceMessaging(ServiceName);
        builder.Services.AddSingleton<CityRequestReader>();
        builder.Services.AddScoped<PhaseCalendar>();
        return builder;
    }

    public static WebApplication MapCitiesService(this WebApplication app)
    {
        app.UsePublicReadCaching();
        app.MapGrpcService<CitiesGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<NetworkGrpcService>().AuthorizeByProtoAudience();
        return app;
    }
}
