using System.Text;
using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.Portal;

namespace Mc2cm.Bench.Report;

/// <summary>Key figures of a baseline run (bench/run.sh --baseline FILE.json) next to this run's.</summary>
public static class BeforeAfter
{
    public static void Write(StringBuilder md, BenchReport before, BenchReport after)
    {
        md.Line($"## Before / after (baseline: run of {before.StartedUtc:yyyy-MM-dd HH:mm} UTC, {before.Mode}, commit {before.Machine.Commit})").Line()
          .Line("| figure | before | after |").Line("|---|--:|--:|");
        Loads(md, before.Reads, after.Reads, after.Settings.Concurrency);
        Loads(md, before.Overview, after.Overview, after.Settings.Concurrency);
        // A baseline written before the portal was measured has no such list.
        Loads(md, before.Portal ?? [], after.Portal, PortalPages.Concurrency);

        foreach (var a in ReadComparison.Ratios(after.Reads))
        {
            if (ReadComparison.Ratios(before.Reads).FirstOrDefault(r => r.Scenario == a.Scenario && r.Protocol == a.Protocol && r.Concurrency == a.Concurrency) is { } b)
            {
                md.Line($"| {a.Scenario} {a.Protocol} c={a.Concurrency}: p50 gateway/direct, calls/s gateway/nginx, CPU µs/call gateway / nginx | " +
                    $"{b.P50GatewayOverDirect.Text("0.00")}, {b.ThroughputGatewayOverNginx.Text("0.00")}, {b.GatewayCpuPerCall.Text("0")} / {b.NginxCpuPerCall.Text("0")} | " +
                    $"{a.P50GatewayOverDirect.Text("0.00")}, {a.ThroughputGatewayOverNginx.Text("0.00")}, {a.GatewayCpuPerCall.Text("0")} / {a.NginxCpuPerCall.Text("0")} |");
            }
        }

        foreach (var a in after.EventPath)
        {
            if (before.EventPath.FirstOrDefault(e => e.Offered == a.Offered) is { } b)
            {
                md.Line($"| event path {a.Offered}/s: effects/s, observed p50 / p99 ms | {b.EffectsPerSecond:0}, {b.Observed.P50:0.0} / {b.Observed.P99:0.0} ({b.Verdict}) | " +
                    $"{a.EffectsPerSecond:0}, {a.Observed.P50:0.0} / {a.Observed.P99:0.0} ({a.Verdict}) |");
            }
        }

        foreach (var a in after.ColdStart.Where(c => c.Measured))
        {
            if (before.ColdStart.FirstOrDefault(c => c.How == a.How && c.Measured) is { } b)
            {
                md.Line($"| cold start, {a.How} | {b.Seconds:0.0} s | {a.Seconds:0.0} s |");
            }
        }

        md.Line();
    }

    /// <summary>Medians over the rounds (a baseline run once per target compares its single figures).</summary>
    private static void Loads(StringBuilder md, IReadOnlyList<Measurement> before, IReadOnlyList<Measurement> after, IReadOnlyList<int> levels)
    {
        var beforeFigures = ReadComparison.Figures(before);
        var afterFigures = ReadComparison.Figures(after);
        foreach (var (scenario, protocol, target) in afterFigures.Select(f => (f.Scenario, f.Protocol, f.Target)).Distinct())
        {
            foreach (var concurrency in levels)
            {
                var b = ReadComparison.Find(beforeFigures, scenario, protocol, target, concurrency);
                var a = ReadComparison.Find(afterFigures, scenario, protocol, target, concurrency);
                if (a is not null && b is not null)
                {
                    md.Line($"| {scenario} {protocol} {target} c={concurrency}: calls/s, p50 / p99 ms | {b.Throughput.Median:0}, {b.P50.Median:0.00} / {b.P99.Median:0.00} | " +
                        $"{a.Throughput.Median:0}, {a.P50.Median:0.00} / {a.P99.Median:0.00} |");
                }
            }
        }
    }
}
