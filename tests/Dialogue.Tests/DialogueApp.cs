using Grpc.Net.Client;
using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Dialogue.Data;
using Mc2cm.Testing;
using Microsoft.Extensions.DependencyInjection;
using CitiesClient = Mc2cm.Contracts.Cities.V1.CitiesService.CitiesServiceClient;

namespace Mc2cm.Dialogue.Tests;

/// <summary>
/// A Cities service and the Dialogue service pointed at it, on real Kestrel with their own
/// SQLite files and the test run's broker. One pair serves every test class of the collection:
/// Dialogue's queues are shared by the instances of the service (competing consumers, as in
/// production), so a second Dialogue on the same broker would take some of the events a test
/// waits for. Tests make their own cities and meetings (unique ids), so they never depend on one another.
/// </summary>
public sealed class DialogueApp : IAsyncLifetime
{
    private readonly TestDirectory _data = new("dialogue");
    private GrpcChannel? _channel;
    private GrpcChannel? _citiesChannel;

    public DialogueApp(SharedBroker broker) => BrokerConnectionString = broker.NewVirtualHost();

    public string BrokerConnectionString { get; }

    public ServiceHost<CitiesGrpcService> CitiesHost { get; private set; } = null!;

    public ServiceHost<Meetings.MeetingsGrpcService> Host { get; private set; } = null!;

    public MeetingsService.MeetingsServiceClient Meetings { get; private set; } = null!;

    public RegistrationsService.RegistrationsServiceClient Registrations { get; private set; } = null!;

    public OutcomesService.OutcomesServiceClient Outcomes { get; private set; } = null!;

    public ThemesService.ThemesServiceClient Themes { get; private set; } = null!;

    public CitiesClient Cities { get; private set; } = null!;

    public HttpClient Rest { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        CitiesHost = ServiceHost<CitiesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}",
            ["ConnectionStrings:messaging"] = BrokerConnectionString,
            ["Messaging:Outbox:SweepInterval"] = "00:00:01",
        });
        Host = Start(BrokerConnectionString, _data.File("dialogue.db"), CitiesHost.GrpcAddress);
        _channel = Host.CreateGrpcChannel();
        _citiesChannel = CitiesHost.CreateGrpcChannel();
        Meetings = new MeetingsService.MeetingsServiceClient(_channel);
        Registrations = new RegistrationsService.RegistrationsServiceClient(_channel);
        Outcomes = new OutcomesService.OutcomesServiceClient(_channel);
        Themes = new ThemesService.ThemesServiceClient(_channel);
        Cities = new CitiesClient(_citiesChannel);
        Rest = Host.CreateRestClient();
        return ValueTask.CompletedTask;
    }

    /// <summary>Starts a Dialogue service on <paramref name="databaseFile"/>, asking the Cities service at <paramref name="cities"/>.</summary>
    public static ServiceHost<Meetings.MeetingsGrpcService> Start(string broker, string databaseFile, Uri cities) =>
        ServiceHost<Meetings.MeetingsGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:dialoguedb"] = $"Data Source={databaseFile}",
            ["ConnectionStrings:messaging"] = broker,
            ["services:cities:grpc:0"] = cities.ToString(),
            ["Messaging:Outbox:SweepInterval"] = "00:00:01",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
        });

    /// <summary>Runs <paramref name="query"/> on the Dialogue service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<DialogueDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DialogueDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Rest?.Dispose();
        _channel?.Dispose();
        _citiesChannel?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        if (CitiesHost is not null)
        {
            await CitiesHost.DisposeAsync();
        }

        _data.Dispose();
    }
}

/// <summary>The test classes that share one <see cref="DialogueApp"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class DialogueCollection : ICollectionFixture<DialogueApp>
{
    public const string Name = "dialogue";
}
