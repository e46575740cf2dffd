using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Bench.Scenarios.LocalRun;

/// <summary>One AppHost run at one trace sample ratio: its cold start, its idle CPU, and the CPU of GetCity load through the gateway.</summary>
/// <param name="CpuSeconds">CPU seconds each kind of process used in the measured window (see <see cref="AppHostProcesses"/>), the bench's own as "load generator".</param>
/// <param name="IdleCpuPercent">Each kind of process's CPU while nothing called the suite (100 % = one core).</param>
public sealed record TelemetryRun(
    string Ratio, int Round, ColdStartResult ColdStart, LoadResult Load, IReadOnlyDictionary<string, double> CpuSeconds,
    IReadOnlyDictionary<string, double> IdleCpuPercent, MachineLoad Loads)
{
    /// <summary>CPU microseconds per completed call, of one kind of process or (null) of all of them, the load generator left out.</summary>
    public double MicrosPerCall(string? process = null) =>
        Load.Completed == 0 ? 0 : CpuSeconds.Where(c => process is null ? c.Key != ResourceWindow.LoadGenerator : c.Key == process).Sum(c => c.Value) * 1e6 / Load.Completed;
}

/// <summary>
/// What telemetry costs under ./run.sh's AppHost, the dashboard included: the AppHost is started at
/// each trace sample ratio in turn (interleaved, the order alternating by round), left idle for a
/// moment, then GetCity (gRPC) is called through the gateway by 16 callers for a warm-up and a
/// measured window; the CPU of every process under the AppHost (DCP, the dashboard, the broker,
/// each project) is read from /proc over that window and divided by the calls completed.
/// </summary>
public sealed class AppHostTelemetry(AppHostColdStart apphost, ScenarioSettings settings, bool quick)
{
    public static readonly string[] Ratios = ["1.0", "0.1"];
    private const int Concurrency = 16;

    private TimeSpan Idle => quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(5);

    private TimeSpan Warmup => quick ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(8);

    private int Rounds => quick ? 1 : 3;

    public async Task<List<TelemetryRun>> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var runs = new List<TelemetryRun>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var ratio in round % 2 == 0 ? Ratios : Ratios.Reverse())
            {
                var before = MachineLoad.Now();
                var (run, coldStart) = await apphost.StartAsync([$"--Telemetry:TraceSampleRatio={ratio}"], cancellationToken);
                if (run is null)
                {
                    progress($"telemetry at ratio {ratio}: {coldStart.Note}");
                    continue;
                }

                await using (run)
                {
                    var result = await MeasureAsync(run, ratio, round, coldStart, before, cancellationToken);
                    runs.Add(result);
                    progress($"telemetry at ratio {ratio} (round {round + 1}): cold start {coldStart.Seconds:0.0} s, {result.Load.Throughput:0} calls/s, " +
                        $"{result.MicrosPerCall():0} µs CPU a call in all ({result.MicrosPerCall("dashboard"):0} dashboard, {result.MicrosPerCall("dcp"):0} DCP), " +
                        $"errors {result.Load.Errors}; idle: dashboard {result.IdleCpuPercent.GetValueOrDefault("dashboard"):0} %, all {result.IdleCpuPercent.Values.Sum():0} %");
                }
            }
        }

        return runs;
    }

    private async Task<TelemetryRun> MeasureAsync(AppHostRun run, string ratio, int round, ColdStartResult coldStart, double loadBefore, CancellationToken cancellationToken)
    {
        // Idle: what the dashboard and the exporters cost with nobody calling (metrics every second, health probes).
        var idleStart = AppHostProcesses.CpuSeconds(run.Pid);
        await Task.Delay(Idle, cancellationToken);
        var idle = AppHostProcesses.Difference(idleStart, AppHostProcesses.CpuSeconds(run.Pid))
            .ToDictionary(c => c.Key, c => c.Value / Idle.TotalSeconds * 100);

        using var channel = GrpcClients.Channel(AppHostColdStart.GatewayGrpc);
        var client = new CitiesService.CitiesServiceClient(channel);
        Dictionary<string, double>? start = null;
        double selfStart = 0;
        var load = await ClosedLoop.RunAsync(
            async ct =>
            {
                var response = await client.GetCityAsync(new GetCityRequest { Name = $"cities/{ReadScenarios.City}" }, cancellationToken: ct);
                if (response.City.Name != $"cities/{ReadScenarios.City}")
                {
                    throw new InvalidOperationException("GetCity answered another city.");
                }
            },
            Concurrency, Warmup, settings.Measure * 2, () =>
            {
                start = AppHostProcesses.CpuSeconds(run.Pid);
                selfStart = SelfCpuSeconds();
            },
            cancellationToken);
        var cpu = AppHostProcesses.Difference(start ?? [], AppHostProcesses.CpuSeconds(run.Pid));
        cpu[ResourceWindow.LoadGenerator] = SelfCpuSeconds() - selfStart;
        return new TelemetryRun(ratio, round + 1, coldStart, load, cpu, idle, new MachineLoad(loadBefore, MachineLoad.Now()));
    }

    private static double SelfCpuSeconds() => ProcSnapshot.Take().Usage([Environment.ProcessId]).CpuSeconds;
}
