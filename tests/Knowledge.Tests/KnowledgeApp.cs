using Grpc.Core;
using Grpc.Net.Client;
using Mc2cm.Cities.Cities;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CitiesProto = Mc2cm.Contracts.Cities.V1;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Tests;

/// <summary>
/// A Cities service and a Knowledge service next to it (on real Kestrel, the test run's broker,
/// SQLite files of their own), one pair per test class. Each pair has a virtual host of its own on
/// the broker, so it never consumes another pair's events.
/// </summary>
public sealed class KnowledgeApp : IAsyncLifetime
{
    private readonly TestDirectory _data = new("knowledge");
    private readonly List<GrpcChannel> _channels = [];

    public KnowledgeApp(SharedBroker broker) => Broker = broker.NewVirtualHost();

    public string Broker { get; }

    public ServiceHost<CitiesGrpcService> Cities { get; private set; } = null!;

    public ServiceHost<ProfilesGrpcService> Knowledge { get; private set; } = null!;

    public CitiesProto.CitiesService.CitiesServiceClient CityClient { get; private set; } = null!;

    public Proto.ProfilesService.ProfilesServiceClient Profiles { get; private set; } = null!;

    public Proto.IndicatorsService.IndicatorsServiceClient Indicators { get; private set; } = null!;

    public Proto.ObservationsService.ObservationsServiceClient Observations { get; private set; } = null!;

    public Proto.ObservationImportsService.ObservationImportsServiceClient Imports { get; private set; } = null!;

    public HttpClient Rest { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Cities = ServiceHost<CitiesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}",
            ["ConnectionStrings:messaging"] = Broker,
        });
        Knowledge = ServiceHost<ProfilesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:knowledgedb"] = $"Data Source={_data.File("knowledge.db")}",
            ["ConnectionStrings:messaging"] = Broker,
            ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString(),
            ["services:cities:http:0"] = Cities.HttpAddress.ToString(),
        });
        CityClient = new CitiesProto.CitiesService.CitiesServiceClient(Channel(Cities.CreateGrpcChannel()));
        var knowledge = Channel(Knowledge.CreateGrpcChannel());
        Profiles = new Proto.ProfilesService.ProfilesServiceClient(knowledge);
        Indicators = new Proto.IndicatorsService.IndicatorsServiceClient(knowledge);
        Observations = new Proto.ObservationsService.ObservationsServiceClient(knowledge);
        Imports = new Proto.ObservationImportsService.ObservationImportsServiceClient(knowledge);
        Rest = Knowledge.CreateRestClient();
        // Cities' events reach only queues that exist: wait until Knowledge's consumers are bound (its
        // readiness includes the broker's), or a city made at once could miss its draft profile.
        await Poll.UntilAsync(async () =>
        {
            using var health = await Rest.GetAsync("/health");
            return health.IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30), "Knowledge's consumers to be ready");
        // The sync copies the network from Cities at start; the tests rely on the copy.
        await Poll.UntilAsync(async () => await QueryAsync(db => db.KnownCities.CountAsync(c => c.IsMember)) >= 20,
            TimeSpan.FromSeconds(30), "Knowledge to know the network's cities");
    }

    /// <summary>A city registered in Cities, member of phase II unless told otherwise.</summary>
    public async Task<string> NewCityAsync(bool member = true)
    {
        var id = $"city-{Guid.NewGuid():N}"[..24];
        await CityClient.CreateCityAsync(new CitiesProto.CreateCityRequest
        {
            CityId = id,
            City = new CitiesProto.City { DisplayName = new() { En = "Oujda", Fr = "Oujda" }, CountryCode = "MA", Region = CitiesProto.Region.NorthAfrica },
        });
        if (member)
        {
            await CityClient.JoinNetworkAsync(new CitiesProto.JoinNetworkRequest
            {
                Name = $"cities/{id}", Phase = "phases/phase-2", JoinedOn = new Google.Type.Date { Year = 2019, Month = 1, Day = 1 },
            });
        }

        return id;
    }

    /// <summary>Call metadata carrying a dev user's token: its subject is the actor the history records.</summary>
    public static Metadata As(string user) => BearerToken.For(user);

    public async Task<T> QueryAsync<T>(Func<KnowledgeDbContext, Task<T>> query)
    {
        await using var scope = Knowledge.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<KnowledgeDbContext>());
    }

    private GrpcChannel Channel(GrpcChannel channel)
    {
        _channels.Add(channel);
        return channel;
    }

    public async ValueTask DisposeAsync()
    {
        Rest?.Dispose();
        _channels.ForEach(c => c.Dispose());
        if (Knowledge is not null) await Knowledge.DisposeAsync();
        if (Cities is not null) await Cities.DisposeAsync();
        _data.Dispose();
    }
}
