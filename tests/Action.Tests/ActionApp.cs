using Grpc.Net.Client;
using Mc2cm.Action.Data;
using Mc2cm.Action.Priorities;
using Mc2cm.Cities.Cities;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ActionProto = Mc2cm.Contracts.Action.V1;
using CitiesProto = Mc2cm.Contracts.Cities.V1;
using DialogueProto = Mc2cm.Contracts.Dialogue.V1;
using KnowledgeProto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Action.Tests;

/// <summary>
/// The Action service with the three services it talks to — Cities, Knowledge, Dialogue — each
/// on real Kestrel with its own SQLite file, on the test run's broker. Each instance's queues
/// have a prefix of their own, so two of these never take each other's events.
/// </summary>
public sealed class ActionApp : IAsyncLifetime
{
    private readonly TestDirectory _data = new("action");
    private readonly List<GrpcChannel> _channels = [];
    private SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>? _services;
    private Lazy<Task<string>>? _recommendation;

    public ActionApp(SharedBroker broker) => Broker = broker.NewVirtualHost();

    public string Broker { get; }

    private SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService> Suite =>
        _services ?? throw new InvalidOperationException("The services have not started.");

    public ServiceHost<CitiesGrpcService> Cities => Suite.Cities;

    public ServiceHost<ProfilesGrpcService> Knowledge => Suite.Knowledge;

    public ServiceHost<MeetingsGrpcService> Dialogue => Suite.Dialogue;

    public ServiceHost<PrioritiesGrpcService> Action => Suite.Action;

    public CitiesProto.CitiesService.CitiesServiceClient CityClient { get; private set; } = null!;

    public KnowledgeProto.ProfilesService.ProfilesServiceClient Profiles { get; private set; } = null!;

    public ActionProto.StakeholderGroupsService.StakeholderGroupsServiceClient Groups { get; private set; } = null!;

    public ActionProto.PrioritiesService.PrioritiesServiceClient Priorities { get; private set; } = null!;

    public ActionProto.CallsService.CallsServiceClient Calls { get; private set; } = null!;

    public ActionProto.ApplicationsService.ApplicationsServiceClient Applications { get; private set; } = null!;

    public ActionProto.ActionsService.ActionsServiceClient Actions { get; private set; } = null!;

    public HttpClient Rest { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        _services = new SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>(Broker, _data);
        _services.Start();
        CityClient = new(Channel(Cities));
        Profiles = new(Channel(Knowledge));
        var action = Channel(Action);
        (Groups, Priorities, Calls, Applications, Actions) = (new(action), new(action), new(action), new(action), new(action));
        Rest = Action.CreateRestClient();
        _recommendation = new Lazy<Task<string>>(AdoptRecommendationAsync);
        await Poll.UntilAsync(async () => await QueryAsync(db => db.PublishedProfiles.CountAsync()) >= 2 && await QueryAsync(db => db.KnownCities.CountAsync()) >= 20,
            Poll.ThroughTheBroker, "Action to copy the network and the published profiles");
    }

    /// <summary>A recommendation adopted at a seeded held meeting (once per app), "recommendations/{id}".</summary>
    public Task<string> RecommendationAsync() => _recommendation!.Value;

    public async Task<T> QueryAsync<T>(Func<ActionDbContext, Task<T>> query)
    {
        await using var scope = Action.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ActionDbContext>());
    }

    /// <summary>Call metadata carrying a dev user's token (an evaluator, a city's focal point).</summary>
    public static Grpc.Core.Metadata As(string user) => BearerToken.For(user);

    /// <summary>Stops Knowledge and Dialogue, as an outage would.</summary>
    public async Task StopKnowledgeAndDialogueAsync()
    {
        await Suite.StopAsync("knowledge");
        await Suite.StopAsync("dialogue");
    }

    private async Task<string> AdoptRecommendationAsync()
    {
        using var channel = Dialogue.CreateGrpcChannel();
        var adopted = await new DialogueProto.OutcomesService.OutcomesServiceClient(channel).AdoptOutcomesAsync(new DialogueProto.AdoptOutcomesRequest
        {
            Name = "meetings/madrid-2016",
            Recommendations =
            {
                new DialogueProto.Recommendation
                {
                    Text = new() { En = "Open municipal employment services to every migrant, whatever their status." },
                    Themes = { "themes/employment-entrepreneurship" },
                    Addressees = { DialogueProto.Addressee.Cities },
                },
            },
        });
        return adopted.Recommendations[0].Name;
    }

    private GrpcChannel Channel<T>(ServiceHost<T> host)
        where T : class
    {
        var channel = host.CreateGrpcChannel();
        _channels.Add(channel);
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        Rest?.Dispose();
        _channels.ForEach(c => c.Dispose());
        if (_services is not null) await _services.DisposeAsync();

        _data.Dispose();
    }
}
