using Grpc.Net.Client;
using Mc2cm.Cities.Cities;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>A Cities service and the gateway in front of it, found through service discovery configuration.</summary>
public sealed class GatewayApp : IAsyncLifetime
{
    private readonly TestDirectory _data = new("gateway");
    private readonly string _broker;

    public GatewayApp(SharedBroker broker) => _broker = broker.NewVirtualHost();

    public ServiceHost<CitiesGrpcService> Cities { get; private set; } = null!;

    public ServiceHost<Backend> Gateway { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Cities = StartCities();
        Gateway = ServiceHost<Backend>.StartNew(new Dictionary<string, string?>
        {
            ["services:cities:http:0"] = Cities.HttpAddress.ToString(),
            ["services:cities:grpc:0"] = Cities.GrpcAddress.ToString(),
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>Stops the Cities service, as a crash or a deployment would.</summary>
    public async Task StopCitiesAsync() => await Cities.DisposeAsync();

    /// <summary>Starts the Cities service again where the gateway expects it, on the same data.</summary>
    public void RestartCities() => Cities = StartCities((Cities.HttpPort, Cities.GrpcPort));

    private ServiceHost<CitiesGrpcService> StartCities((int, int)? ports = null) =>
        new ServiceHost<CitiesGrpcService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}",
            ["ConnectionStrings:messaging"] = _broker,
        }, ports).Start();

    /// <summary>Native gRPC to the gateway's HTTP/2 port (5081 in production).</summary>
    public GrpcChannel GrpcChannel() => Gateway.CreateGrpcChannel();

    /// <summary>gRPC-Web, as a browser sends it, to the gateway's HTTP/1.1 port (5080 in production).</summary>
    public GrpcChannel GrpcWebChannel() => Gateway.CreateGrpcWebChannel(user: null);

    /// <summary>REST/JSON to the gateway's HTTP/1.1 port.</summary>
    public HttpClient Rest() => Gateway.CreateRestClient();

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Cities.DisposeAsync();
        _data.Dispose();
    }
}
