using Mc2cm.Testing;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// The real processes of one fault test and everything they keep: a data folder of its own, a
/// broker of its own (a virtual host on the shared node, or a whole node for a test that kills
/// it), queue names of its own, and a log folder (artifacts/logs/faults/{test}) kept for
/// diagnosis. Disposing it kills whatever still runs.
/// </summary>
public sealed class FaultScene : IAsyncDisposable
{
    private readonly TestDirectory _data;
    private readonly List<ServiceProcess> _processes = [];
    private readonly RabbitMqNode? _ownNode;

    private FaultScene(string name, string broker, RabbitMqNode? ownNode)
    {
        Name = name;
        Broker = broker;
        _ownNode = ownNode;
        _data = new TestDirectory($"faults-{name}");
        QueuePrefix = $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];
        LogFolder = Path.Combine(RepositoryRoot.Path, "artifacts", "logs", "faults", name);
        if (Directory.Exists(LogFolder))
        {
            Directory.Delete(LogFolder, recursive: true);
        }
    }

    public string Name { get; }

    /// <summary>The broker's connection string (with the scene's virtual host on a shared node).</summary>
    public string Broker { get; }

    public string QueuePrefix { get; }

    public string LogFolder { get; }

    /// <summary>The scene's own node, for a test that stops or kills the broker.</summary>
    public RabbitMqNode OwnNode => _ownNode ?? throw new InvalidOperationException($"{Name} shares the test run's broker.");

    public string CitiesDatabase => _data.File("cities.db");

    public string KnowledgeDatabase => _data.File("knowledge.db");

    /// <summary>A scene in a virtual host of its own on the test run's node: nobody else's events reach it.</summary>
    public static FaultScene OnSharedBroker(string name, SharedBroker broker) => new(name, broker.NewVirtualHost(), ownNode: null);

    /// <summary>A scene with a RabbitMQ node of its own, which the test may kill.</summary>
    public static async Task<FaultScene> WithOwnBrokerAsync(string name, CancellationToken cancellationToken)
    {
        var node = await RabbitMqNode.StartAsync(name, cancellationToken);
        return new FaultScene(name, node.ConnectionString, node);
    }

    /// <summary>The Cities service; outbox timings short, so a test sees a recovery within seconds.</summary>
    public ServiceProcess Cities() => Add("cities", ProcessesUnderTest.Cities, new Dictionary<string, string?>
    {
        ["ConnectionStrings:citiesdb"] = $"Data Source={CitiesDatabase}",
        ["ConnectionStrings:messaging"] = Broker,
        ["Messaging:QueuePrefix"] = $"{QueuePrefix}-cities",
        ["Messaging:Outbox:SweepInterval"] = "00:00:01",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
    });

    /// <summary>The Knowledge service, consuming Cities' events and syncing from <paramref name="cities"/>.</summary>
    public ServiceProcess Knowledge(ServiceProcess cities) => Add("knowledge", ProcessesUnderTest.Knowledge, new Dictionary<string, string?>
    {
        ["ConnectionStrings:knowledgedb"] = $"Data Source={KnowledgeDatabase}",
        ["ConnectionStrings:messaging"] = Broker,
        ["Messaging:QueuePrefix"] = $"{QueuePrefix}-knowledge",
        ["services:cities:grpc:0"] = cities.GrpcAddress.ToString(),
        ["services:cities:http:0"] = cities.HttpAddress.ToString(),
    });

    /// <summary>Starts Cities, then Knowledge next to it, and waits until both are ready.</summary>
    public async Task<(ServiceProcess Cities, ServiceProcess Knowledge)> StartCitiesAndKnowledgeAsync(CancellationToken cancellationToken)
    {
        var cities = Cities();
        await cities.StartAsync(cancellationToken);
        var knowledge = Knowledge(cities);
        await knowledge.StartAsync(cancellationToken);
        return (cities, knowledge);
    }

    /// <summary>The gateway in front of <paramref name="cities"/>.</summary>
    public ServiceProcess Gateway(ServiceProcess cities) => Add("gateway", ProcessesUnderTest.Gateway, new Dictionary<string, string?>
    {
        ["services:cities:grpc:0"] = cities.GrpcAddress.ToString(),
        ["services:cities:http:0"] = cities.HttpAddress.ToString(),
    });

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        if (_ownNode is not null)
        {
            await _ownNode.DisposeAsync();
        }

        _data.Dispose();
    }

    private ServiceProcess Add(string name, string dll, Dictionary<string, string?> settings)
    {
        var process = new ServiceProcess(name, dll, Path.Combine(LogFolder, $"{name}.log"), settings);
        _processes.Add(process);
        return process;
    }
}
