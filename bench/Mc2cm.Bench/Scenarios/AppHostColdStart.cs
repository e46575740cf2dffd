using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios;

/// <summary>How long the suite took to come up, and how it was started.</summary>
public sealed record ColdStartResult(string How, bool Measured, double Seconds, string Note, IReadOnlyDictionary<string, double> ReadyAfter);

/// <summary>
/// The cold start of ./run.sh's way: the Release AppHost (DCP, the dashboard, the private broker,
/// the issuer, the services, the gateway and the portal), from its start to every one of them
/// answering /health on the README's fixed ports. Skipped, with the reason, when one of those
/// ports is taken (another suite runs on this machine).
/// </summary>
public sealed class AppHostColdStart(SuiteLayout layout, ProcessRegistry registry)
{
    private static readonly Dictionary<string, int> HealthPorts = new()
    {
        ["identity"] = 5090, ["cities"] = 5110, ["knowledge"] = 5120, ["dialogue"] = 5130, ["action"] = 5140, ["gateway"] = 5080, ["web"] = 5070,
    };

    private static readonly int[] FixedPorts = [5070, 5080, 5081, 5090, 5091, 5110, 5111, 5120, 5121, 5130, 5131, 5140, 5141, 18888, 18889, 18890];

    public async Task<ColdStartResult> RunAsync(CancellationToken cancellationToken)
    {
        const string how = "./run.sh's AppHost (Release build, DCP and dashboard)";
        var assembly = Path.Combine(layout.RepositoryRoot, "AppHost", "bin", SuiteLayout.Configuration, "net10.0", "Mc2cm.AppHost.dll");
        if (!File.Exists(assembly))
        {
            return new ColdStartResult(how, false, 0, $"not measured: {assembly} is not built", new Dictionary<string, double>());
        }

        if (FixedPorts.Where(p => !IsFree(p)).ToList() is { Count: > 0 } taken)
        {
            return new ColdStartResult(how, false, 0, $"not measured: port(s) {string.Join(", ", taken)} in use (another suite runs here)", new Dictionary<string, double>());
        }

        var data = Path.Combine(layout.RunFolder, "apphost-data");
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
        var apphost = registry.Start(new ProcessSpec("apphost", DotnetHost.Path, [assembly, $"--Suite:DataDirectory={data}"], environment,
            Path.GetDirectoryName(assembly)), layout.LogFolder);
        try
        {
            var ready = new Dictionary<string, double>();
            await Task.WhenAll(HealthPorts.Select(async p =>
            {
                var at = await HealthProbe.HttpHealthyAsync(apphost, new Uri($"http://localhost:{p.Value}/health"), TimeSpan.FromSeconds(180), cancellationToken);
                lock (ready)
                {
                    ready[p.Key] = Stopwatch.GetElapsedTime(started, at).TotalSeconds;
                }
            }));
            return new ColdStartResult(how, true, ready.Values.Max(), "from the AppHost's start to the last /health answering 200", ready);
        }
        catch (Exception ex) when (ex is TimeoutException or InvalidOperationException)
        {
            return new ColdStartResult(how, false, 0, $"not measured: {ex.Message}", new Dictionary<string, double>());
        }
        finally
        {
            await registry.StopAsync(apphost);
        }
    }

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
