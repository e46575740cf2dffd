using Grpc.Net.Client;
using Mc2cm.LocalRabbitMq;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.Testing;

/// <summary>
/// One of the suite's processes (a service or the gateway) hosted in the test process on real
/// Kestrel: its "grpc" endpoint speaks HTTP/2 over a loopback socket and its "http" endpoint
/// HTTP/1.1, exactly as in production. <typeparamref name="TEntryPoint"/> is any type of the
/// process's assembly.
/// </summary>
public sealed class ServiceHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configure;

    /// <param name="ports">Fixed ports, to restart a process where its callers expect it; free ones otherwise.</param>
    /// <param name="configure">Services the test adds to the process (a log sink, say); production code is untouched.</param>
    public ServiceHost(IReadOnlyDictionary<string, string?> settings, (int Http, int Grpc)? ports = null, Action<IServiceCollection>? configure = null)
    {
        _configure = configure;
        HttpPort = ports?.Http ?? LoopbackPorts.FindFree();
        GrpcPort = ports?.Grpc ?? LoopbackPorts.FindFree();
        // Trust the test run's token issuer, unless the test says otherwise.
        _settings = new Dictionary<string, string?>(SharedIssuer.Current?.ServiceSettings ?? new Dictionary<string, string?>());
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        foreach (var (key, value) in new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:http:Url"] = $"http://127.0.0.1:{HttpPort}",
            ["Kestrel:Endpoints:grpc:Url"] = $"http://127.0.0.1:{GrpcPort}",
        })
        {
            _settings[key] = value;
        }

        UseKestrel();
    }

    /// <summary>The host environment; Testing unless a test needs what only another one does (Development's login page).</summary>
    public string Environment { get; init; } = "Testing";

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public Uri GrpcAddress => new($"http://127.0.0.1:{GrpcPort}");

    public Uri HttpAddress => new($"http://127.0.0.1:{HttpPort}");

    /// <summary>Starts the host and its Kestrel endpoints.</summary>
    public ServiceHost<TEntryPoint> Start()
    {
        StartServer();
        return this;
    }

    /// <summary>
    /// Starts a host on free ports, and again on others should another process take one of them
    /// between the pick and the bind (test processes run side by side).
    /// </summary>
    public static ServiceHost<TEntryPoint> StartNew(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var host = new ServiceHost<TEntryPoint>(settings, configure: configure);
            try
            {
                return host.Start();
            }
            catch (IOException ex) when (attempt < 3 && ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
            {
                host.Dispose();
            }
        }
    }

    /// <summary>A gRPC channel over a real HTTP/2 cleartext connection to the "grpc" endpoint.</summary>
    /// <param name="user">The dev user whose token every call carries; null for an anonymous caller.</param>
    public GrpcChannel CreateGrpcChannel(string? user = SharedIssuer.Coordinator) =>
        GrpcChannel.ForAddress(GrpcAddress, new GrpcChannelOptions { HttpHandler = BearerToken.Handler(user) });

    /// <summary>An HTTP/1.1 client for the "http" endpoint (REST/JSON, gRPC-Web, health).</summary>
    /// <param name="user">The dev user whose token every request carries; null for an anonymous caller.</param>
    public HttpClient CreateRestClient(string? user = SharedIssuer.Coordinator) => new(BearerToken.Handler(user)) { BaseAddress = HttpAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        // Settings, not app configuration: the services read them while they are being built.
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configure is not null)
        {
            builder.ConfigureServices(_configure);
        }
    }
}
