using Grpc.Net.Client;
using PrioritiesGrpcService = Mc2cm.Action.Priorities.PrioritiesGrpcService;
using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.Routing;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// The four services — Cities, Knowledge, Dialogue, Action — each on real Kestrel with its own
/// SQLite file and queues of its own on the test run's broker, and the gateway in front of them.
/// Tunis gets two priorities of its own (one adopted, one only proposed) on its published
/// profile. A test that stops a service starts it again where the gateway expects it.
/// </summary>
public sealed class OverviewApp : IAsyncLifetime
{
    /// <summary>The gateway's overview deadline here: long, so a quick partial answer is plainly not a wait for it.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly TestDirectory _data = new("overview");
    private readonly string _prefix = $"o{Guid.NewGuid():N}"[..10];
    private readonly Dictionary<string, Dictionary<string, string?>> _settings = [];

    public OverviewApp(SharedBroker broker) => Broker = broker.ConnectionString;

    public string Broker { get; }

    public ServiceHost<CitiesGrpcService> Cities { get; private set; } = null!;

    public ServiceHost<ProfilesGrpcService> Knowledge { get; private set; } = null!;

    public ServiceHost<MeetingsGrpcService> Dialogue { get; private set; } = null!;

    public ServiceHost<PrioritiesGrpcService> Action { get; private set; } = null!;

    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    /// <summary>Tunis's adopted priority, which everyone sees.</summary>
    public Priority AdoptedPriority { get; private set; } = null!;

    /// <summary>Tunis's proposed priority, which only its people and the coordinators see.</summary>
    public Priority ProposedPriority { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Cities = Start<CitiesGrpcService>("cities", new() { ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}" });
        var citiesAt = new Dictionary<string, string?> { ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString() };
        Knowledge = Start<ProfilesGrpcService>("knowledge", new(citiesAt) { ["ConnectionStrings:knowledgedb"] = $"Data Source={_data.File("knowledge.db")}" });
        Dialogue = Start<MeetingsGrpcService>("dialogue", new(citiesAt) { ["ConnectionStrings:dialoguedb"] = $"Data Source={_data.File("dialogue.db")}" });
        Action = Start<PrioritiesGrpcService>("action", new(citiesAt)
        {
            ["ConnectionStrings:actiondb"] = $"Data Source={_data.File("action.db")}",
            ["services:knowledge:grpc:0"] = Knowledge.GrpcAddress.ToString(),
            ["services:dialogue:grpc:0"] = Dialogue.GrpcAddress.ToString(),
        });
        Gateway = StartGateway(new() { ["Gateway:OverviewDeadline"] = Deadline.ToString() });
        (AdoptedPriority, ProposedPriority) = await TunisPrioritiesAsync();
    }

    /// <summary>
    /// A gateway in front of the four services, as found in <see cref="ServiceSettings"/>, with
    /// <paramref name="settings"/> on top (another deadline, a service found elsewhere).
    /// </summary>
    public ServiceHost<Backend> StartGateway(Dictionary<string, string?> settings)
    {
        var all = ServiceSettings();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ServiceHost<Backend>.StartNew(all);
    }

    /// <summary>Where the gateway finds each service ("services:{name}:{endpoint}:0").</summary>
    public Dictionary<string, string?> ServiceSettings() => new()
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

    /// <summary>The overview service through the gateway's native gRPC port, as <paramref name="user"/> (null: anonymous).</summary>
    public (OverviewService.OverviewServiceClient Client, GrpcChannel Channel) Overview(string? user = null)
    {
        var channel = Gateway.CreateGrpcChannel(user);
        return (new OverviewService.OverviewServiceClient(channel), channel);
    }

    /// <summary>Stops Dialogue, as a crash would, and gives back a way to start it again on its ports and data.</summary>
    public async Task<Func<Task>> StopDialogueAsync()
    {
        await Dialogue.DisposeAsync();
        return async () => Dialogue = await RestartAsync<MeetingsGrpcService>("dialogue", Dialogue);
    }

    /// <summary>Stops Cities, and gives back a way to start it again on its ports and data.</summary>
    public async Task<Func<Task>> StopCitiesAsync()
    {
        await Cities.DisposeAsync();
        return async () => Cities = await RestartAsync<CitiesGrpcService>("cities", Cities);
    }

    private async Task<ServiceHost<T>> RestartAsync<T>(string service, ServiceHost<T> stopped)
        where T : class
    {
        var host = new ServiceHost<T>(_settings[service], (stopped.HttpPort, stopped.GrpcPort)).Start();
        // Until the gateway's overview sees the service again (its old connections are gone).
        await Poll.UntilAsync(async () =>
        {
            var (client, channel) = Overview();
            using (channel)
            {
                var overview = (await client.GetCityOverviewAsync(new GetCityOverviewRequest { Name = "cities/tunis" })).Overview;
                return overview.CityDetails.Status.Code == Google.Rpc.Code.Ok && overview.HostedMeetings.Status.Code == Google.Rpc.Code.Ok;
            }
        }, TimeSpan.FromSeconds(30), $"the overview to read {service} again");
        return host;
    }

    private async Task<(Priority Adopted, Priority Proposed)> TunisPrioritiesAsync()
    {
        using var channel = Action.CreateGrpcChannel(SharedIssuer.TunisFocalPoint);
        var priorities = new PrioritiesService.PrioritiesServiceClient(channel);
        var adopted = await ProposeAsync(priorities, "Keep newcomers from other regions in the city");
        adopted = (await priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = adopted.Name, AdoptedOn = new Google.Type.Date { Year = 2024, Month = 3, Day = 1 }, AdoptedBy = "City Council of Tunis", Etag = adopted.Etag,
        })).Priority;
        return (adopted, await ProposeAsync(priorities, "Count the newcomers from other regions every year"));
    }

    private static async Task<Priority> ProposeAsync(PrioritiesService.PrioritiesServiceClient priorities, string text) =>
        (await priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "cities/tunis", Text = new() { En = text }, Theme = "internal-migration",
                Evidence = { new Evidence { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/1", Section = "local_context" } } },
            },
        })).Priority;

    private ServiceHost<T> Start<T>(string service, Dictionary<string, string?> settings)
        where T : class
    {
        settings["ConnectionStrings:messaging"] = Broker;
        settings["Messaging:QueuePrefix"] = $"{_prefix}-{service}";
        _settings[service] = settings;
        return ServiceHost<T>.StartNew(settings);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in new IAsyncDisposable?[] { Gateway, Action, Dialogue, Knowledge, Cities })
        {
            if (host is not null) await host.DisposeAsync();
        }

        _data.Dispose();
    }
}
