using Grpc.Net.Client;
using Mc2cm.Cities.Cities;
using Mc2cm.Cities.Data;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Cities.Tests;

/// <summary>
/// The Cities service on real Kestrel with its own SQLite file and the test run's broker, one per
/// test class. Tests make their own cities (unique ids), so they never depend on one another.
/// </summary>
public sealed class CitiesApp : IAsyncLifetime
{
    private readonly TestDirectory _data = new("cities");
    private GrpcChannel? _channel;

    public CitiesApp(SharedBroker broker) => BrokerConnectionString = broker.NewVirtualHost();

    public string BrokerConnectionString { get; }

    public ServiceHost<CitiesGrpcService> Host { get; private set; } = null!;

    public CitiesService.CitiesServiceClient Cities { get; private set; } = null!;

    public NetworkService.NetworkServiceClient Network { get; private set; } = null!;

    public HttpClient Rest { get; private set; } = null!;

    public string DatabaseFile => _data.File("cities.db");

    public ValueTask InitializeAsync()
    {
        Host = Start(BrokerConnectionString, DatabaseFile);
        _channel = Host.CreateGrpcChannel();
        Cities = new CitiesService.CitiesServiceClient(_channel);
        Network = new NetworkService.NetworkServiceClient(_channel);
        Rest = Host.CreateRestClient();
        return ValueTask.CompletedTask;
    }

    /// <summary>Starts a Cities service on <paramref name="databaseFile"/> and <paramref name="broker"/>.</summary>
    public static ServiceHost<CitiesGrpcService> Start(string broker, string databaseFile) =>
        ServiceHost<CitiesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={databaseFile}",
            ["ConnectionStrings:messaging"] = broker,
            ["Messaging:Outbox:SweepInterval"] = "00:00:01",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:01",
        });

    /// <summary>Runs <paramref name="query"/> on the service's own database.</summary>
    public async Task<T> QueryAsync<T>(Func<CitiesDbContext, Task<T>> query)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CitiesDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Rest?.Dispose();
        _channel?.Dispose();
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        _data.Dispose();
    }
}
