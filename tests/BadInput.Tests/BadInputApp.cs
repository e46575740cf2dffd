using Grpc.Net.Client;
using Mc2cm.Action.Data;
using Mc2cm.Action.Priorities;
using Mc2cm.BadInput.Tests.Databases;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Cities;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.Routing;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// The four services on real Kestrel, each with its own SQLite file, on the run's broker, and the
/// gateway in front of them, found as in production through "services:{name}:http/grpc" settings.
/// The cases call the gateway only; the fixture reads the services' databases directly to check
/// that nothing changed.
/// </summary>
public sealed class BadInputApp : IAsyncLifetime
{
    /// <summary>How long every database must stay the same before the first case runs: the seed's events have settled.</summary>
    private static readonly TimeSpan QuietWindow = TimeSpan.FromSeconds(2);

    private readonly TestDirectory _data = new("bad-input");
    private readonly string _prefix = $"b{Guid.NewGuid():N}"[..10];
    private readonly string _broker;
    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private readonly Dictionary<string, HttpClient> _clients = [];
    private readonly List<RunningService> _services = [];
    private readonly List<IAsyncDisposable> _hosts = [];

    public BadInputApp(SharedBroker broker) => _broker = broker.ConnectionString;

    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    public Known Known { get; private set; } = null!;

    public BadInputTally Tally { get; } = new();

    public async ValueTask InitializeAsync()
    {
        var cities = Start<CitiesGrpcService>("cities", new() { ["ConnectionStrings:citiesdb"] = Database("cities") });
        var citiesAt = new Dictionary<string, string?> { ["services:cities:grpc:0"] = cities.GrpcAddress.ToString() };
        var knowledge = Start<ProfilesGrpcService>("knowledge", new(citiesAt) { ["ConnectionStrings:knowledgedb"] = Database("knowledge") });
        var dialogue = Start<MeetingsGrpcService>("dialogue", new(citiesAt) { ["ConnectionStrings:dialoguedb"] = Database("dialogue") });
        var action = Start<PrioritiesGrpcService>("action", new(citiesAt)
        {
            ["ConnectionStrings:actiondb"] = Database("action"),
            ["services:knowledge:grpc:0"] = knowledge.GrpcAddress.ToString(),
            ["services:dialogue:grpc:0"] = dialogue.GrpcAddress.ToString(),
        });
        var gatewaySettings = new Dictionary<string, string?>
        {
            // The door's rate limit is tested elsewhere; here it must never be what refuses a case.
            ["Gateway:RateLimit:Burst"] = "100000",
            ["Gateway:RateLimit:PerSecond"] = "100000",
        };
        foreach (var service in _services)
        {
            gatewaySettings[$"services:{service.Name}:http:0"] = service.Http.ToString();
            gatewaySettings[$"services:{service.Name}:grpc:0"] = service.Grpc.ToString();
        }

        Gateway = ServiceHost<Backend>.StartNew(gatewaySettings);
        _hosts.Insert(0, Gateway);

        // Action checks evidence against its copies of the network and the published profiles.
        await Poll.UntilAsync(async () =>
        {
            await using var scope = action.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionDbContext>();
            return await db.PublishedProfiles.CountAsync() >= 2 && await db.KnownCities.CountAsync() >= 20;
        }, TimeSpan.FromSeconds(90), "Action to copy the network and the published profiles");
        Known = await Known.SetUpAsync(GrpcAs(SharedIssuer.Coordinator));
        await SettleAsync();
    }

    /// <summary>A gRPC channel to the gateway's HTTP/2 port carrying <paramref name="user"/>'s token.</summary>
    public GrpcChannel GrpcAs(string user)
    {
        if (!_channels.TryGetValue(user, out var channel))
        {
            _channels[user] = channel = Gateway.CreateGrpcChannel(user);
        }

        return channel;
    }

    /// <summary>An HTTP/1.1 client of the gateway's REST face carrying <paramref name="user"/>'s token.</summary>
    public HttpClient RestAs(string user)
    {
        if (!_clients.TryGetValue(user, out var client))
        {
            _clients[user] = client = Gateway.CreateRestClient(user);
        }

        return client;
    }

    public async Task<SuiteFingerprint> FingerprintAsync(CancellationToken cancellationToken = default)
    {
        var databases = new List<DatabaseFingerprint>();
        foreach (var service in _services)
        {
            databases.Add(await DatabaseFingerprint.TakeAsync(service.Name, service.Services, cancellationToken));
        }

        return new SuiteFingerprint(databases);
    }

    /// <summary>
    /// Waits until every outbox is sent and no database has changed for <see cref="QuietWindow"/>:
    /// the seed's events and the set-up's have been consumed, so whatever changes from now on was
    /// done by a case.
    /// </summary>
    private async Task SettleAsync()
    {
        SuiteFingerprint? last = null;
        var quietSince = DateTime.UtcNow;
        await Poll.UntilAsync(async () =>
        {
            var unsent = 0;
            foreach (var service in _services)
            {
                unsent += await CountAsync(service.Services, db => db.OutboxMessages.CountAsync(m => m.SentAt == null));
            }

            var now = await FingerprintAsync();
            if (unsent > 0 || last is null || now.ChangesSince(last).Count > 0)
            {
                (last, quietSince) = (now, DateTime.UtcNow);
                return false;
            }

            return DateTime.UtcNow - quietSince >= QuietWindow;
        }, TimeSpan.FromSeconds(90), "every database to settle");
    }

    private static async Task<int> CountAsync(IServiceProvider services, Func<ServiceDbContext, Task<int>> count)
    {
        await using var scope = services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<ServiceDbContext>());
    }

    private string Database(string service) => $"Data Source={_data.File($"{service}.db")}";

    private ServiceHost<T> Start<T>(string service, Dictionary<string, string?> settings)
        where T : class
    {
        settings["ConnectionStrings:messaging"] = _broker;
        settings["Messaging:QueuePrefix"] = $"{_prefix}-{service}";
        settings["Messaging:Outbox:SweepInterval"] = "00:00:01";
        var host = ServiceHost<T>.StartNew(settings);
        _hosts.Insert(0, host);
        _services.Add(new RunningService(service, host.Services, host.HttpAddress, host.GrpcAddress));
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await Tally.WriteReportAsync();
        foreach (var client in _clients.Values) client.Dispose();
        foreach (var channel in _channels.Values) channel.Dispose();
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        _data.Dispose();
    }

    /// <summary>A service the gateway routes to, and whose database the fixture reads.</summary>
    private sealed record RunningService(string Name, IServiceProvider Services, Uri Http, Uri Grpc);
}
