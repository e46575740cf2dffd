using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.BuildingBlocks.Security;
using Mc2cm.CityDirectory;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Dialogue.Calendar;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.HostCities;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Outcomes;
using Mc2cm.Dialogue.Registrations;
using Mc2cm.Dialogue.Seed;
using Mc2cm.Dialogue.Themes;

namespace Mc2cm.Dialogue;

/// <summary>The parts of the Dialogue service.</summary>
public static class DialogueServiceExtensions
{
    public const string ServiceName = "dialogue";
    public const string DatabaseName = "dialoguedb";

    public static IHostApplicationBuilder AddDialogueService(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<DialogueDbContext, SqliteDialogueDbContext, SqlServerDialogueDbContext>(DatabaseName);
        builder.Services.AddScoped<IDataSeeder<DialogueDbContext>, DialogueSeeder>();
        // Host cities are checked with Cities over gRPC; their names come from Cities' events.
        builder.AddCityDirectory();
        builder.AddServiceMessaging(ServiceName, handlers => handlers
            .KeepKnownCities()
            .Handle<CityLeftNetwork, HostCityLeftHandler>());
        builder.Services.AddScoped<SeatContention>();
        return builder;
    }

    public static WebApplication MapDialogueService(this WebApplication app)
    {
        app.UsePublicReadCaching();
        app.MapGrpcService<MeetingsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<RegistrationsGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<OutcomesGrpcService>().AuthorizeByProtoAudience();
        app.MapGrpcService<ThemesGrpcService>().AuthorizeByProtoAudience();
        app.MapCalendarFeed();
        return app;
    }
}
