using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Grpc.Net.Client;
using Xunit;

namespace Mc2cm.Testing.AppHost;

/// <summary>
/// The suite started by its AppHost through Aspire.Hosting.Testing: every service and the gateway
/// as separate processes, the broker as a private RabbitMQ node, data in a folder of this run.
/// </summary>
public sealed class SuiteFixture : IAsyncLifetime
{
    // Two whole suites (the end-to-end and the browser tests) start side by side with the other test
    // projects on two cores: one CI run saw Action healthy only after 3 min (its database check alone
    // took 25 s). A deadline, not a wait: a suite that is up goes on at once.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    /// <summary>The suite's own processes: the four services and the gateway.</summary>
    public static readonly string[] SuiteProcesses = ["cities", "knowledge", "dialogue", "action", "gateway"];
    private readonly TestDirectory _data = new("suite");
    private readonly Dictionary<string, string> _tokens = [];
    private DistributedApplication? _app;

    /// <summary>Resources of the AppHost beyond the suite's processes that must be healthy too (the portal, "web").</summary>
    public IReadOnlyList<string> AlsoAwaited { get; init; } = [];

    public DistributedApplication App => _app ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>The folder of this run's SQLite files and RabbitMQ node.</summary>
    public string DataDirectory => _data.Path;

    public async ValueTask InitializeAsync()
    {
        // Always pass a deadline: a resource that never gets healthy would otherwise wait forever.
        using var timeout = new CancellationTokenSource(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={_data.Path}", "Broker:Mode=local"], timeout.Token);
        _app = await builder.BuildAsync(timeout.Token);
        await _app.StartAsync(timeout.Token);
        // Every process starts side by side (none waits for another, nor for the issuer): the suite is
        // up when every one of them is healthy, the issuer whose tokens the tests take among them.
        await Task.WhenAll(SuiteProcesses.Concat(AlsoAwaited).Append("identity")
            .Select(name => _app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
        using var issuer = _app.CreateHttpClient("identity", "http");
        foreach (var user in new[] { SharedIssuer.Coordinator, SharedIssuer.TunisFocalPoint, SharedIssuer.TunisExpert, SharedIssuer.SfaxFocalPoint, SharedIssuer.Evaluator1, SharedIssuer.Evaluator2 })
        {
            _tokens[user] = await SharedIssuer.RequestTokenAsync(issuer, user);
        }
    }

    /// <summary>Call metadata with a dev user's token from the suite's own issuer.</summary>
    public Grpc.Core.Metadata Metadata(string user) => new() { { "authorization", $"Bearer {_tokens[user]}" } };

    /// <summary>REST/JSON and gRPC-Web: the gateway's HTTP/1.1 endpoint, as <paramref name="user"/> (null: anonymous).</summary>
    public HttpClient GatewayRest(string? user = SharedIssuer.Coordinator)
    {
        var client = App.CreateHttpClient("gateway", "http");
        if (user is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[user]);
        }

        return client;
    }

    /// <summary>The suite's broker, to watch the events it carries.</summary>
    public async Task<string> BrokerConnectionStringAsync() =>
        await App.GetConnectionStringAsync("messaging") ?? throw new InvalidOperationException("The suite has no broker.");

    /// <summary>Native gRPC: the gateway's HTTP/2 endpoint, as <paramref name="user"/> (null: anonymous).</summary>
    public GrpcChannel GatewayGrpc(string? user = SharedIssuer.Coordinator) => Channel("gateway", user);

    /// <summary>Native gRPC straight to a service, around the gateway, as <paramref name="user"/> (null: anonymous).</summary>
    public GrpcChannel Channel(string resource, string? user) =>
        GrpcChannel.ForAddress(App.GetEndpoint(resource, "grpc"), new GrpcChannelOptions
        {
            HttpHandler = user is null ? new SocketsHttpHandler() : new BearerToken(_tokens[user]) { InnerHandler = new SocketsHttpHandler() },
        });

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _data.Dispose();
    }
}
