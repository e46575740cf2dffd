using Grpc.Net.Client;
using Mc2cm.Action.Priorities;
using Mc2cm.Cities.Cities;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.Routing;
using Mc2cm.Knowledge.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Testing.Suite;

/// <summary>
/// The whole suite in the test process: the four services (<see cref="SuiteServices{TCities, TKnowledge, TDialogue, TAction}"/>)
/// and the gateway in front of them, trusting the test run's token issuer. Calls go through the
/// gateway as a client app's would.
/// </summary>
public sealed class InProcessSuite : IAsyncDisposable
{
    private readonly TestDirectory _data = new("suite");

    private InProcessSuite(string broker, Action<IServiceCollection>? configure, IReadOnlyDictionary<string, string?>? gatewaySettings)
    {
        Services = new SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>(broker, _data, configure).Start();
        var settings = Services.Addresses();
        foreach (var (key, value) in gatewaySettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        Gateway = ServiceHost<Backend>.StartNew(settings, configure);
    }

    public SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService> Services { get; }

    public ServiceHost<CitiesGrpcService> Cities => Services.Cities;

    public ServiceHost<ProfilesGrpcService> Knowledge => Services.Knowledge;

    public ServiceHost<MeetingsGrpcService> Dialogue => Services.Dialogue;

    public ServiceHost<PrioritiesGrpcService> Action => Services.Action;

    public ServiceHost<Backend> Gateway { get; }

    /// <param name="configure">Services the test adds to every process (a log sink, say).</param>
    /// <param name="gatewaySettings">Settings of the gateway's own (its rate limit, say).</param>
    public static InProcessSuite Start(string brokerConnectionString, Action<IServiceCollection>? configure = null, IReadOnlyDictionary<string, string?>? gatewaySettings = null) =>
        new(brokerConnectionString, configure, gatewaySettings);

    /// <summary>A gRPC channel to the gateway as a dev user (null: anonymous).</summary>
    public GrpcChannel GatewayChannel(string? user = SharedIssuer.Coordinator) => Gateway.CreateGrpcChannel(user);

    /// <summary>A REST client of the gateway as a dev user (null: anonymous).</summary>
    public HttpClient GatewayRest(string? user = SharedIssuer.Coordinator) => Gateway.CreateRestClient(user);

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Services.DisposeAsync();
        _data.Dispose();
    }
}
