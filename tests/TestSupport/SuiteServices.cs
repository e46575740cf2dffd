using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Testing;

/// <summary>
/// The suite's four services in the test process — Cities, Knowledge, Dialogue and Action — each
/// on real Kestrel with its own SQLite file, on the test run's broker with queues of their own
/// (one prefix per set, so two sets never take each other's events), each finding the services
/// it calls as the AppHost would tell it. A stopped service starts again on its ports and data.
/// Each type parameter is any type of that service's assembly.
/// </summary>
/// <param name="configure">Services the test adds to each process (a log sink, say).</param>
public sealed class SuiteServices<TCities, TKnowledge, TDialogue, TAction>(string broker, TestDirectory data, Action<IServiceCollection>? configure = null) : IAsyncDisposable
    where TCities : class
    where TKnowledge : class
    where TDialogue : class
    where TAction : class
{
    private readonly Dictionary<string, Dictionary<string, string?>> _settings = [];
    private readonly string _prefix = $"t{Guid.NewGuid():N}"[..10];
    private ServiceHost<TCities>? _cities;
    private ServiceHost<TKnowledge>? _knowledge;
    private ServiceHost<TDialogue>? _dialogue;
    private ServiceHost<TAction>? _action;

    public ServiceHost<TCities> Cities => _cities ?? throw NotStarted();

    public ServiceHost<TKnowledge> Knowledge => _knowledge ?? throw NotStarted();

    public ServiceHost<TDialogue> Dialogue => _dialogue ?? throw NotStarted();

    public ServiceHost<TAction> Action => _action ?? throw NotStarted();

    /// <summary>Starts Cities, then the three services that ask it, Action last (it also asks Knowledge and Dialogue).</summary>
    public SuiteServices<TCities, TKnowledge, TDialogue, TAction> Start()
    {
        _cities = Start<TCities>("cities", new() { ["ConnectionStrings:citiesdb"] = $"Data Source={data.File("cities.db")}" });
        var citiesAt = new Dictionary<string, string?> { ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString() };
        _knowledge = Start<TKnowledge>("knowledge", new(citiesAt) { ["ConnectionStrings:knowledgedb"] = $"Data Source={data.File("knowledge.db")}" });
        _dialogue = Start<TDialogue>("dialogue", new(citiesAt) { ["ConnectionStrings:dialoguedb"] = $"Data Source={data.File("dialogue.db")}" });
        _action = Start<TAction>("action", new(citiesAt)
        {
            ["ConnectionStrings:actiondb"] = $"Data Source={data.File("action.db")}",
            ["services:knowledge:grpc:0"] = Knowledge.GrpcAddress.ToString(),
            ["services:dialogue:grpc:0"] = Dialogue.GrpcAddress.ToString(),
        });
        return this;
    }

    /// <summary>Where a gateway finds the four services ("services:{name}:{endpoint}:0", as service discovery reads it).</summary>
    public Dictionary<string, string?> Addresses() => new()
    {
        ["services:cities:http:0"] = Cities.HttpAddress.ToString(),
        ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString(),
        ["services:knowledge:http:0"] = Knowledge.HttpAddress.ToString(),
        ["services:knowledge:grpc:0"] = Knowledge.GrpcAddress.ToString(),
        ["services:dialogue:http:0"] = Dialogue.HttpAddress.ToString(),
        ["services:dialogue:grpc:0"] = Dialogue.GrpcAddress.ToString(),
        ["services:action:http:0"] = Action.HttpAddress.ToString(),
        ["services:action:grpc:0"] = Action.GrpcAddress.ToString(),
    };

    /// <summary>Stops a service — "cities", "knowledge", "dialogue" or "action" — as a crash would.</summary>
    public ValueTask StopAsync(string service) => service switch
    {
        "cities" => Cities.DisposeAsync(),
        "knowledge" => Knowledge.DisposeAsync(),
        "dialogue" => Dialogue.DisposeAsync(),
        "action" => Action.DisposeAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not one of the four services."),
    };

    /// <summary>Starts a stopped service again on its ports and data, where the others expect it.</summary>
    public void Restart(string service)
    {
        switch (service)
        {
            case "cities": _cities = Again(Cities, service); break;
            case "knowledge": _knowledge = Again(Knowledge, service); break;
            case "dialogue": _dialogue = Again(Dialogue, service); break;
            case "action": _action = Again(Action, service); break;
            default: throw new ArgumentOutOfRangeException(nameof(service), service, "Not one of the four services.");
        }
    }

    private ServiceHost<T> Again<T>(ServiceHost<T> stopped, string service)
        where T : class =>
        new ServiceHost<T>(_settings[service], (stopped.HttpPort, stopped.GrpcPort), configure).Start();

    private ServiceHost<T> Start<T>(string service, Dictionary<string, string?> settings)
        where T : class
    {
        settings["ConnectionStrings:messaging"] = broker;
        settings["Messaging:QueuePrefix"] = $"{_prefix}-{service}";
        settings["Messaging:Outbox:SweepInterval"] = "00:00:01";
        _settings[service] = settings;
        return ServiceHost<T>.StartNew(settings, configure);
    }

    private static InvalidOperationException NotStarted() => new("The services have not started.");

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new IAsyncDisposable?[] { _action, _dialogue, _knowledge, _cities })
        {
            if (host is not null) await host.DisposeAsync();
        }
    }
}
