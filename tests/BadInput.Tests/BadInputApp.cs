using Grpc.Net.Client;
using Mc2cm.Action.Data;
using Mc2cm.BadInput.Tests.Cases;
using Mc2cm.BadInput.Tests.Databases;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Testing;
using Mc2cm.Testing.Suite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// The in-process suite (four services, each with its own SQLite file, and the gateway) on the
/// run's broker. The cases call the gateway only; the fixture reads the services' databases
/// directly to check that nothing changed.
/// </summary>
public sealed class BadInputApp(SharedBroker broker) : IAsyncLifetime
{
    /// <summary>How long every database must stay the same before the first case runs: the seed's events have settled.</summary>
    private static readonly TimeSpan QuietWindow = TimeSpan.FromSeconds(2);

    /// <summary>The door's rate limit is tested elsewhere; here it must never be what refuses a case.</summary>
    private static readonly Dictionary<string, string?> Unlimited = new()
    {
        ["Gateway:RateLimit:Burst"] = "100000",
        ["Gateway:RateLimit:PerSecond"] = "100000",
    };

    private readonly Dictionary<string, GrpcChannel> _channels = [];
    private readonly Dictionary<string, HttpClient> _clients = [];
    private InProcessSuite? _suite;

    private InProcessSuite Suite => _suite ?? throw new InvalidOperationException("The suite has not started.");

    public Known Known { get; private set; } = null!;

    public BadInputTally Tally { get; } = new();

    /// <summary>Each service's name and process, in the order the fingerprints list them.</summary>
    private IEnumerable<(string Name, IServiceProvider Services)> Databases =>
    [
        ("cities", Suite.Cities.Services), ("knowledge", Suite.Knowledge.Services), ("dialogue", Suite.Dialogue.Services), ("action", Suite.Action.Services),
    ];

    public async ValueTask InitializeAsync()
    {
        _suite = InProcessSuite.Start(broker.NewVirtualHost(), gatewaySettings: Unlimited);

        // Action checks evidence against its copies of the network and the published profiles.
        await Poll.UntilAsync(async () =>
        {
            await using var scope = Suite.Action.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ActionDbContext>();
            return await db.PublishedProfiles.CountAsync() >= 2 && await db.KnownCities.CountAsync() >= 20;
        }, TimeSpan.FromSeconds(90), "Action to copy the network and the published profiles");
        Known = await Known.SetUpAsync(GrpcAs(SharedIssuer.Coordinator));
        await SettleAsync();
    }

    /// <summary>A gRPC channel to the gateway's HTTP/2 port carrying <paramref name="user"/>'s token.</summary>
    public GrpcChannel GrpcAs(string user) => ChannelAs(user, Face.Grpc, "gateway");

    /// <summary>A channel of a gRPC face carrying <paramref name="user"/>'s token; on <see cref="Face.Service"/>, to <paramref name="service"/>'s own port.</summary>
    public GrpcChannel ChannelAs(string user, Face face, string service)
    {
        var key = $"{user} {face} {(face == Face.Service ? service : "gateway")}";
        if (!_channels.TryGetValue(key, out var channel))
        {
            _channels[key] = channel = face switch
            {
                Face.Grpc => Suite.GatewayChannel(user),
                Face.GrpcWeb => Suite.Gateway.CreateGrpcWebChannel(user),
                Face.Service => service switch
                {
                    "cities" => Suite.Cities.CreateGrpcChannel(user),
                    "knowledge" => Suite.Knowledge.CreateGrpcChannel(user),
                    "dialogue" => Suite.Dialogue.CreateGrpcChannel(user),
                    "action" => Suite.Action.CreateGrpcChannel(user),
                    _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not one of the four services."),
                },
                _ => throw new ArgumentOutOfRangeException(nameof(face), face, "Not a gRPC face."),
            };
        }

        return channel;
    }

    /// <summary>An HTTP/1.1 client of the gateway's REST face carrying <paramref name="user"/>'s token.</summary>
    public HttpClient RestAs(string user)
    {
        if (!_clients.TryGetValue(user, out var client))
        {
            _clients[user] = client = Suite.GatewayRest(user);
        }

        return client;
    }

    public async Task<SuiteFingerprint> FingerprintAsync(CancellationToken cancellationToken = default)
    {
        var databases = new List<DatabaseFingerprint>();
        foreach (var (name, services) in Databases)
        {
            databases.Add(await DatabaseFingerprint.TakeAsync(name, services, cancellationToken));
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
            foreach (var (_, services) in Databases)
            {
                await using var scope = services.CreateAsyncScope();
                unsent += await scope.ServiceProvider.GetRequiredService<ServiceDbContext>().OutboxMessages.CountAsync(m => m.SentAt == null);
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

    public async ValueTask DisposeAsync()
    {
        Tally.WriteReport();
        foreach (var client in _clients.Values) client.Dispose();
        foreach (var channel in _channels.Values) channel.Dispose();
        if (_suite is not null)
        {
            await _suite.DisposeAsync();
        }
    }
}
