using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.BuildingBlocks.Security;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Imports;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.Knowledge.Observations;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Knowledge.Seed;
using Mc2cm.ServiceDefaults.Api;

namespace Mc2cm.Knowledge;

/// <summary>The parts of the Knowledge service.</summary>
public static class KnowledgeServiceExtensions
{
    public const string ServiceName = "knowledge";
    public const string DatabaseName = "knowledgedb";

    public static IHostApplicationBuilder AddKnowledgeService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<KnowledgeDbContext, SqliteKnowledgeDbContext, SqlServerKnowledgeDbContext>(DatabaseName);
        builder.Services.AddScoped<IDataSeeder<KnowledgeDbContext>, KnowledgeSeeder>();
        builder.AddCityDirectory();
        builder.AddServiceMessaging(ServiceName, handlers => handlers
            .KeepKnownCities()
            .Handle<CityRegistered, DraftProfileForNewCity>()
            .Handle<CityJoinedNetwork, DraftProfileForNewCity>());
        builder.Services.AddScoped<ICitySnapshotListener, DraftProfileForNewCity>();
        builder.Services.AddSingleton<ObservationRequestReader>();
        builder.Services.AddScoped<ObservationQuery>();
        builder.Services.AddScoped<ObservationImporter>();
        builder.Services.AddScoped<ObservationStates>();
        builder.Services.AddScoped<IndicatorComparison>();
        builder.Services.AddScoped<IndicatorSeries>();
        builder.Services.AddScoped<KeyFigures>();
        builder.Services.AddCsvRepresentations();
        return builder;
    }

    public static WebApplication MapKnowledgeService(this WebApplication app)
    {
        app.UsePublicReadCaching();
        app.MapGrpcService<ProfilesGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<IndicatorsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<ObservationsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<ObservationImportsGrpcService>().AuthorizeByProtoAudience();
        app.MapComparisonCsv();
        app.MapSeriesCsv();
        app.MapObservationsCsv();
        app.MapObservationImportUpload();
        return app;
    }
}
