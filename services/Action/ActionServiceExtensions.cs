using Mc2cm.Action.Actions;
using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.Action.Chains;
using Mc2cm.Action.Data;
using Mc2cm.Action.Evidence;
using Mc2cm.Action.Priorities;
using Mc2cm.Action.Seed;
using Mc2cm.Action.StakeholderGroups;
using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Security;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.ServiceDefaults.Grpc;
using Dialogue = Mc2cm.Contracts.Dialogue.V1;
using Knowledge = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Action;

/// <summary>The parts of the Action service.</summary>
public static class ActionServiceExtensions
{
    public const string ServiceName = "action";
    public const string DatabaseName = "actiondb";

    public static IHostApplicationBuilder AddActionService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<ActionDbContext, SqliteActionDbContext, SqlServerActionDbContext>(DatabaseName);
        builder.Services.AddScoped<IDataSeeder<ActionDbContext>, ActionSeeder>();
        builder.AddCityDirectory();
        builder.AddServiceGrpcClient<Knowledge.ProfilesService.ProfilesServiceClient>("knowledge");
        builder.AddServiceGrpcClient<Dialogue.OutcomesService.OutcomesServiceClient>("dialogue");
        builder.AddServiceMessaging(ServiceName, handlers => handlers
            .KeepKnownCities()
            .Handle<ProfilePublished, ProfilePublishedHandler>()
            .Handle<RecommendationsAdopted, RecommendationsAdoptedHandler>()
            .Handle<CityLeftNetwork, HoldApplicationsOfDepartedCity>());
        builder.Services.AddHostedService<EvidenceCopiesSync>();
        builder.Services.AddScoped<RecommendationLookup>();
        builder.Services.AddScoped<EvidenceVerification>();
        builder.Services.AddScoped<ChainAssembly>();
        builder.Services.AddScoped<Portfolio>();
        return builder;
    }

    public static WebApplication MapActionService(this WebApplication app)
    {
        app.MapGrpcService<StakeholderGroupsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<PrioritiesGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<CallsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<ApplicationsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<ActionsGrpcService>().AuthorizeByProtoAudience();
        return app;
    }
}
