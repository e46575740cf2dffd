using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.Routing;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using PrioritiesGrpcService = Mc2cm.Action.Priorities.PrioritiesGrpcService;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>
/// The four services (<see cref="SuiteServices{TCities, TKnowledge, TDialogue, TAction}"/>) and the
/// gateway in front of them. Tunis gets two priorities of its own on its published profile, one
/// adopted and one only proposed. A test that stops a service starts it again.
/// </summary>
public sealed class OverviewApp(SharedBroker broker) : IAsyncLifetime
{
    /// <summary>The gateway's overview deadline here: long, so a quick partial answer is plainly not a wait for it.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private readonly TestDirectory _data = new("overview");
    private SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>? _services;

    public SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService> Services =>
        _services ?? throw new InvalidOperationException("The services have not started.");

    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    /// <summary>Tunis's adopted priority, which everyone sees.</summary>
    public Priority AdoptedPriority { get; private set; } = null!;

    /// <summary>Tunis's proposed priority, which only its people and the coordinators see.</summary>
    public Priority ProposedPriority { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _services = new SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>(broker.NewVirtualHost(), _data);
        _services.Start();
        Gateway = StartGateway(new() { ["Gateway:OverviewDeadline"] = Deadline.ToString() });
        (AdoptedPriority, ProposedPriority) = await TunisPrioritiesAsync();
        // A first overview, so the gateway's first connections and compilation are not what a test times.
        using var caller = Caller();
        await caller.GetAsync("tunis");
    }

    /// <summary>A gateway in front of the four services, with <paramref name="settings"/> on top (another deadline, a service found elsewhere).</summary>
    public ServiceHost<Backend> StartGateway(Dictionary<string, string?> settings)
    {
        var all = Services.Addresses();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return ServiceHost<Backend>.StartNew(all);
    }

    /// <summary>A client of the overview on the gateway's gRPC and REST faces, as <paramref name="user"/> (null: anonymous).</summary>
    public OverviewCaller Caller(string? user = null) => new(Gateway, user);

    /// <summary>
    /// Stops a service, as a crash would, until the answer is disposed: then it starts again on
    /// its ports and data, and is waited for until the gateway's overview reads it again (the
    /// gateway's old connections to it are gone).
    /// </summary>
    public async Task<IAsyncDisposable> StopAsync(string service)
    {
        await Services.StopAsync(service);
        return new Outage(async () =>
        {
            Services.Restart(service);
            using var caller = Caller();
            await Poll.UntilAsync(async () => CityOverviewTests.Statuses(await caller.GetAsync("tunis")).All(s => s.Code == Google.Rpc.Code.Ok),
                TimeSpan.FromSeconds(30), $"the overview to read {service} again");
        });
    }

    private sealed class Outage(Func<Task> end) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await end();
    }

    private async Task<(Priority Adopted, Priority Proposed)> TunisPrioritiesAsync()
    {
        using var channel = Services.Action.CreateGrpcChannel(SharedIssuer.TunisFocalPoint);
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

    public async ValueTask DisposeAsync()
    {
        if (Gateway is not null) await Gateway.DisposeAsync();
        if (_services is not null) await _services.DisposeAsync();
        _data.Dispose();
    }
}
