using Mc2cm.Bench.Processes;
using Mc2cm.Bench.Scenarios;

namespace Mc2cm.Bench.Report;

/// <summary>One target's figures at one level over the rounds of a comparison: medians and spreads.</summary>
/// <param name="BusyRuns">Runs that started with the 1-minute load average above the core count.</param>
/// <param name="LoadBefore">The 1-minute load average before each run.</param>
public sealed record TargetFigures(
    string Scenario, string Protocol, string Target, int Concurrency, int Runs, int BusyRuns, long Errors,
    Spread Throughput, Spread P50, Spread P99, Spread? ServiceCpuPerCall, Spread? ProxyCpuPerCall, Spread? LoadGeneratorCpuPerCall, Spread? LoadBefore);

/// <summary>
/// Gateway and nginx against direct, and against each other, at one level: each ratio is taken within
/// one round (runs back to back on the same machine), then the median and spread of the rounds' ratios.
/// </summary>
public sealed record PairedRatios(
    string Scenario, string Protocol, int Concurrency, int Rounds,
    Spread? P50GatewayOverDirect, Spread? P50NginxOverDirect, Spread? ThroughputGatewayOverNginx, Spread? ThroughputGatewayOverDirect,
    Spread? GatewayCpuPerCall, Spread? NginxCpuPerCall, Spread? ProxyCpuGatewayOverNginx);

/// <summary>Turns the runs of an interleaved comparison (or of a scenario measured once) into medians, spreads and paired ratios.</summary>
public static class ReadComparison
{
    /// <summary>The watched process of the service every read reaches.</summary>
    public const string Service = "cities";

    public static IReadOnlyList<TargetFigures> Figures(IEnumerable<Measurement> runs) =>
        [.. runs.GroupBy(m => (m.Scenario, m.Protocol, m.Target, m.Concurrency)).Select(group =>
        {
            var (scenario, protocol, target, concurrency) = group.Key;
            var list = group.ToList();
            return new TargetFigures(scenario, protocol, target, concurrency, list.Count, list.Count(m => m.Loads?.StartedBusy == true), list.Sum(m => m.Load.Errors),
                Spread.Of(list.Select(m => (double?)m.Load.Throughput))!, Spread.Of(list.Select(m => (double?)m.Load.Latency.P50))!,
                Spread.Of(list.Select(m => (double?)m.Load.Latency.P99))!,
                Spread.Of(list.Select(m => m.CpuMicrosecondsPerCall(Service))),
                Target.ProxyProcess(target) is { } proxy ? Spread.Of(list.Select(m => m.CpuMicrosecondsPerCall(proxy))) : null,
                Spread.Of(list.Select(m => m.CpuMicrosecondsPerCall(ResourceWindow.LoadGenerator))),
                Spread.Of(list.Select(m => m.Loads?.Before)));
        })];

    public static IReadOnlyList<PairedRatios> Ratios(IEnumerable<Measurement> runs) =>
        [.. runs.GroupBy(m => (m.Scenario, m.Protocol, m.Concurrency)).Select(group =>
        {
            var (scenario, protocol, concurrency) = group.Key;
            var rounds = group.GroupBy(m => m.Round)
                .Select(r => (Direct: r.FirstOrDefault(m => m.Target == Target.Direct), Gateway: r.FirstOrDefault(m => m.Target == Target.Gateway),
                    Nginx: r.FirstOrDefault(m => m.Target == Target.Nginx)))
                .ToList();
            Spread? Paired(Func<(Measurement? Direct, Measurement? Gateway, Measurement? Nginx), double?> ratio) => Spread.Of(rounds.Select(ratio));
            return new PairedRatios(scenario, protocol, concurrency, rounds.Count,
                Paired(r => Ratio(r.Gateway?.Load.Latency.P50, r.Direct?.Load.Latency.P50)),
                Paired(r => Ratio(r.Nginx?.Load.Latency.P50, r.Direct?.Load.Latency.P50)),
                Paired(r => Ratio(r.Gateway?.Load.Throughput, r.Nginx?.Load.Throughput)),
                Paired(r => Ratio(r.Gateway?.Load.Throughput, r.Direct?.Load.Throughput)),
                Paired(r => r.Gateway?.CpuMicrosecondsPerCall(Target.GatewayProcess)),
                Paired(r => r.Nginx?.CpuMicrosecondsPerCall(Target.NginxProcess)),
                Paired(r => Ratio(r.Gateway?.CpuMicrosecondsPerCall(Target.GatewayProcess), r.Nginx?.CpuMicrosecondsPerCall(Target.NginxProcess))));
        })
        .Where(r => r.P50GatewayOverDirect is not null || r.ThroughputGatewayOverNginx is not null)];

    public static TargetFigures? Find(IEnumerable<TargetFigures> figures, string scenario, string protocol, string target, int concurrency) =>
        figures.FirstOrDefault(f => f.Scenario == scenario && f.Protocol == protocol && f.Target == target && f.Concurrency == concurrency);

    private static double? Ratio(double? a, double? b) => a is > 0 && b is > 0 ? a / b : null;
}
