using Grpc.Net.Client;
using Mc2cm.Action.Priorities;
using Mc2cm.Cities.Cities;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.Routing;
using Mc2cm.Knowledge.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Testing.Suite;

/// <summary>
/// The whole suite in the test process: the four services and the gateway, each on real Kestrel
/// with its own SQLite file, on the test run's broker (queues under a prefix of their own) and
/// trusting the test run's token issuer. Calls go through the gateway as a client app's would.
/// </summary>
public sealed class InProcessSuite(string brokerConnectionString, Action<IServiceCollection>? configure = null) : IAsyncDisposable
{
    private readonly TestDirectory _data = new("suite");
    private readonly string _prefix = $"s{Guid.NewGuid():N}"[..10];

    public ServiceHost<CitiesGrpcService> Cities { get; private set; } = null!;

    public ServiceHost<ProfilesGrpcService> Knowledge { get; private set; } = null!;

    public ServiceHost<MeetingsGrpcService> Dialogue { get; private set; } = null!;

    public ServiceHost<PrioritiesGrpcService> Action { get; private set; } = null!;

    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    public static InProcessSuite Start(string brokerConnectionString, Action<IServiceCollection>? configure = null)
    {
        var suite = new InProcessSuite(brokerConnectionString, configure);
        suite.StartAll();
        return suite;
    }

    /// <summary>A gRPC channel to the gateway as a dev user (null: anonymous).</summary>
    public GrpcChannel GatewayChannel(string? user = SharedIssuer.Coordinator) => Gateway.CreateGrpcChannel(user);

    /// <summary>A REST client of the gateway as a dev user (null: anonymous).</summary>
    public HttpClient GatewayRest(string? user = SharedIssuer.Coordinator) => Gateway.CreateRestClient(user);

    private void StartAll()
    {
        Cities = Start<CitiesGrpcService>("cities", new() { ["ConnectionStrings:citiesdb"] = Database("cities") });
        var citiesAt = new Dictionary<string, string?> { ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString() };
        Knowledge = Start<ProfilesGrpcService>("knowledge", new(citiesAt) { ["ConnectionStrings:knowledgedb"] = Database("knowledge") });
        Dialogue = Start<MeetingsGrpcService>("dialogue", new(citiesAt) { ["ConnectionStrings:dialoguedb"] = Database("dialogue") });
        Action = Start<PrioritiesGrpcService>("action", new(citiesAt)
        {
            ["ConnectionStrings:actiondb"] = Database("action"),
            ["services:knowledge:grpc:0"] = Knowledge.GrpcAddress.ToString(),
            ["services:dialogue:grpc:0"] = Dialogue.GrpcAddress.ToString(),
        });
        var backends = new Dictionary<string, string?>();
        foreach (var (name, http, grpc) in new[]
        {
            ("cities", Cities.HttpAddress, Cities.GrpcAddress), ("knowledge", Knowledge.HttpAddress, Knowledge.GrpcAddress),
            ("dialogue", Dialogue.HttpAddress, Dialogue.GrpcAddress), ("action", Action.HttpAddress, Action.GrpcAddress),
        })
        {
            backends[$"services:{name}:http:0"] = http.ToString();
            backends[$"services:{name}:grpc:0"] = grpc.ToString();
        }

        Gateway = ServiceHost<Backend>.StartNew(backends, configure);
    }

    private string Database(string service) => $"Data Source={_data.File($"{service}.db")}";

    private ServiceHost<T> Start<T>(string service, Dictionary<string, string?> settings)
        where T : class
    {
        settings["ConnectionStrings:messaging"] = brokerConnectionString;
        settings["Messaging:QueuePrefix"] = $"{_prefix}-{service}";
        settings["Messaging:Outbox:SweepInterval"] = "00:00:01";
        return ServiceHost<T>.StartNew(settings, configure);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new IAsyncDisposable?[] { Gateway, Action, Dialogue, Knowledge, Cities })
        {
            if (host is not null)
            {
                await host.DisposeAsync();
            }
        }

        _data.Dispose();
    }
}
