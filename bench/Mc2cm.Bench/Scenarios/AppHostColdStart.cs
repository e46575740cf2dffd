using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mc2cm.Bench.Processes;
using Mc2cm.Bench.Scenarios.LocalRun;

namespace Mc2cm.Bench.Scenarios;

/// <summary>How long the suite took to come up, and how it was started.</summary>
public sealed record ColdStartResult(string How, bool Measured, double Seconds, string Note, IReadOnlyDictionary<string, double> ReadyAfter)
{
    /// <summary>When each process of the AppHost's tree started (s after the AppHost), by resource ("dcp", "dashboard", "cities"…).</summary>
    public IReadOnlyDictionary<string, double>? LaunchedAfter { get; init; }
}

/// <summary>
/// The cold start of ./run.sh's way: the Release AppHost (DCP, the dashboard, the private broker,
/// the issuer, the services, the gateway and the portal), from its start to every one of them
/// answering /health on the README's fixed ports. Skipped, with the reason, when one of those
/// ports is taken (another suite runs on this machine).
/// </summary>
public sealed class AppHostColdStart(SuiteLayout layout, ProcessRegistry registry)
{
    public const string How = "./run.sh's AppHost (Release build, DCP and dashboard)";

    private static readonly Dictionary<string, int> HealthPorts = new()
    {
        ["identity"] = 5090, ["cities"] = 5110, ["knowledge"] = 5120, ["dialogue"] = 5130, ["action"] = 5140, ["gateway"] = 5080, ["web"] = 5070,
    };

    private static readonly int[] FixedPorts = [5070, 5080, 5081, 5090, 5091, 5110, 5111, 5120, 5121, 5130, 5131, 5140, 5141, 18888, 18889, 18890];

    /// <summary>The gateway's native gRPC port under ./run.sh (README).</summary>
    public static readonly Uri GatewayGrpc = new("http://localhost:5081");

    public async Task<ColdStartResult> RunAsync(CancellationToken cancellationToken)
    {
        var (run, result) = await StartAsync([], cancellationToken);
        if (run is not null)
        {
            await run.DisposeAsync();
        }

        return result;
    }

    /// <summary>How long a start waits for the ports of the AppHost stopped just before to be free.</summary>
    private static readonly TimeSpan PortsReleaseWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Starts the AppHost (with extra configuration <paramref name="arguments"/>, e.g.
    /// "--Telemetry:TraceSampleRatio=0.1") and waits for every process to answer /health. Returns the
    /// running AppHost (null when it could not be started or measured) and its cold start.
    /// </summary>
    public async Task<(AppHostRun? Run, ColdStartResult Result)> StartAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var assembly = Path.Combine(layout.RepositoryRoot, "AppHost", "bin", SuiteLayout.Configuration, "net10.0", "Mc2cm.AppHost.dll");
        if (!File.Exists(assembly))
        {
            return (null, NotMeasured($"{assembly} is not built"));
        }

        // DCP stops an AppHost's processes after the AppHost itself has gone: the run before this one
        // may hold the ports a few seconds more. Another suite holds them for good.
        var deadline = DateTime.UtcNow + PortsReleaseWait;
        while (FixedPorts.Where(p => !IsFree(p)).ToList() is { Count: > 0 } taken)
        {
            if (DateTime.UtcNow > deadline)
            {
                return (null, NotMeasured($"port(s) {string.Join(", ", taken)} in use (another suite runs here)"));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        // Each start on fresh data, as a first ./run.sh: migrations and seeding are part of the cold start.
        var data = Path.Combine(layout.RunFolder, $"apphost-data-{Guid.NewGuid():N}");
        var environment = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = "http://localhost:18888",
            ["ASPIRE_ALLOW_UNSECURED_TRANSPORT"] = "true",
            ["ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL"] = "http://localhost:18889",
            ["ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL"] = "http://localhost:18890",
            ["ASPIRE_DASHBOARD_UNSECURED_ALLOW_ANONYMOUS"] = "true",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var started = Stopwatch.GetTimestamp();
        var apphost = registry.Start(new ProcessSpec("apphost", DotnetHost.Path, [assembly, $"--Suite:DataDirectory={data}", .. arguments], environment,
            Path.GetDirectoryName(assembly)), layout.LogFolder);
        var run = new AppHostRun(apphost, registry);
        try
        {
            var ready = new Dictionary<string, double>();
            var launched = AppHostProcesses.Launches(apphost.Pid);
            var healthy = Task.WhenAll(HealthPorts.Select(async p =>
            {
                var at = await HealthProbe.HttpHealthyAsync(apphost, new Uri($"http://localhost:{p.Value}/health"), TimeSpan.FromSeconds(180), cancellationToken);
                lock (ready)
                {
                    ready[p.Key] = Stopwatch.GetElapsedTime(started, at).TotalSeconds;
                }
            }));
            // Processes are seen as they start (a launcher such as `dotnet run` may hand over to its app and end).
            while (!healthy.IsCompleted)
            {
                launched.Look();
                await Task.WhenAny(healthy, Task.Delay(250, cancellationToken));
            }

            await healthy;
            launched.Look();
            var result = new ColdStartResult(How, true, ready.Values.Max(), "from the AppHost's start to the last /health answering 200", ready)
            {
                LaunchedAfter = launched.FirstSeen,
            };
            return (run, result);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            await run.DisposeAsync();
            return (null, NotMeasured(ex.Message));
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    private static ColdStartResult NotMeasured(string why) => new(How, false, 0, $"not measured: {why}", new Dictionary<string, double>());

    private static bool IsFree(int port)
    {
        foreach (var address in new[] { IPAddress.Loopback, IPAddress.IPv6Loopback })
        {
            try
            {
                using var listener = new TcpListener(address, port);
                listener.Start();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return false;
            }
            catch (SocketException)
            {
                // No IPv6 here: only IPv4 counts.
            }
        }

        return true;
    }
}

/// <summary>A running AppHost the bench started; disposing it stops the AppHost and everything under it.</summary>
public sealed class AppHostRun(ChildProcess apphost, ProcessRegistry registry) : IAsyncDisposable
{
    public int Pid => apphost.Pid;

    public ValueTask DisposeAsync() => new(registry.StopAsync(apphost));
}
