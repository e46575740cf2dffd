using System.Diagnostics;

namespace Mc2cm.Bench.Processes;

/// <summary>A suite process that answers its health check.</summary>
public sealed record RunningProcess(string Name, ChildProcess Process, Endpoints Endpoints, TimeSpan ReadyAfter);

/// <summary>
/// The suite as separate Release processes — the broker, the dev issuer, the four services,
/// the gateway and the portal — started in the AppHost's order (each waits for what it depends on) and timed
/// from the first start to the last health check.
/// </summary>
public sealed class Suite
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    private Suite(string brokerConnection, Dictionary<string, RunningProcess> processes, int brokerPid, TimeSpan brokerReady, TimeSpan total)
    {
        BrokerConnection = brokerConnection;
        Processes = processes;
        BrokerPid = brokerPid;
        BrokerReadyAfter = brokerReady;
        ColdStart = total;
    }

    public string BrokerConnection { get; }

    public int BrokerPid { get; }

    public TimeSpan BrokerReadyAfter { get; }

    /// <summary>From the first process start to the last health check passing (services and gateway start side by side).</summary>
    public TimeSpan ColdStart { get; }

    /// <summary>identity, cities, knowledge, dialogue, action, gateway, web (the portal).</summary>
    public IReadOnlyDictionary<string, RunningProcess> Processes { get; }

    public RunningProcess this[string name] => Processes[name];

    public IReadOnlyList<WatchedProcess> Watched =>
        [new("rabbitmq", BrokerPid), .. Processes.Values.Select(p => new WatchedProcess(p.Name, p.Process.Pid))];

    public static async Task<Suite> StartAsync(ProcessRegistry registry, SuiteLayout layout, CancellationToken cancellationToken)
    {
        foreach (var name in SuiteLayout.ServiceNames.Append("gateway").Append("identity").Append("web"))
        {
            if (!File.Exists(layout.Assembly(name)))
            {
                throw new FileNotFoundException($"{layout.Assembly(name)} is missing: build the suite in Release first (bench/run.sh does).");
            }
        }

        var started = Stopwatch.GetTimestamp();
        var endpoints = SuiteLayout.ServiceNames.ToDictionary(n => n, _ => Endpoints.Free());
        var issuerEndpoints = Endpoints.Free();
        var portalEndpoints = Endpoints.Free();
        var running = new Dictionary<string, RunningProcess>();

        var broker = BrokerNode.StartAsync(registry, layout, cancellationToken);
        var issuer = StartAsync(registry, layout, "identity", issuerEndpoints, SuiteEnvironment.Issuer(issuerEndpoints, portalEndpoints), started, cancellationToken);
        var (brokerLayout, brokerProcess, brokerReadyAt) = await broker;
        running["identity"] = await issuer;

        var connection = brokerLayout.ConnectionString;
        Task<RunningProcess> Service(string name) => StartAsync(registry, layout, name, endpoints[name],
            SuiteEnvironment.Service(name, endpoints[name], layout, connection, issuerEndpoints.Http, endpoints), started, cancellationToken);

        // The AppHost's order: once the broker and the issuer are healthy, the services and the gateway
        // start side by side (none waits for another).
        var gatewayEndpoints = Endpoints.Free();
        var starting = SuiteLayout.ServiceNames.ToDictionary(name => name, Service);
        starting["gateway"] = StartAsync(registry, layout, "gateway", gatewayEndpoints,
            SuiteEnvironment.Gateway(gatewayEndpoints, issuerEndpoints.Http, endpoints), started, cancellationToken);
        starting["web"] = StartAsync(registry, layout, "web", portalEndpoints,
            SuiteEnvironment.Portal(portalEndpoints, issuerEndpoints.Http, gatewayEndpoints), started, cancellationToken);
        foreach (var (name, process) in starting)
        {
            running[name] = await process;
        }

        return new Suite(connection, running, brokerProcess.Pid,
            Stopwatch.GetElapsedTime(started, brokerReadyAt), Stopwatch.GetElapsedTime(started));
    }

    private static async Task<RunningProcess> StartAsync(
        ProcessRegistry registry, SuiteLayout layout, string name, Endpoints endpoints, Dictionary<string, string> environment,
        long suiteStarted, CancellationToken cancellationToken)
    {
        var assembly = layout.Assembly(name);
        var process = registry.Start(
            new ProcessSpec(name, DotnetHost.Path, [assembly], environment, Path.GetDirectoryName(assembly)), layout.LogFolder);
        var readyAt = await HealthProbe.HttpHealthyAsync(process, new Uri(endpoints.Http, "/health"), ReadyTimeout, cancellationToken);
        return new RunningProcess(name, process, endpoints, Stopwatch.GetElapsedTime(suiteStarted, readyAt));
    }
}

/// <summary>The dotnet host that runs the suite's assemblies: the one running the bench.</summary>
public static class DotnetHost
{
    public static string Path =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host
        : System.IO.Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";
}
