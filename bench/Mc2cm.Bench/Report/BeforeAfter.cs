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

    private static void Loads(StringBuilder md, IReadOnlyList<Measurement> before, IReadOnlyList<Measurement> after, IReadOnlyList<int> levels)
    {
        foreach (var (scenario, protocol, target) in Keys(after))
        {
            foreach (var concurrency in levels)
            {
                var b = TargetChecks.Find(before, scenario, protocol, target, concurrency);
                var a = TargetChecks.Find(after, scenario, protocol, target, concurrency);
                if (a is not null && b is not null)
                {
                    md.Line($"| {scenario} {protocol} {target} c={concurrency}: calls/s, p50 / p99 ms | {b.Load.Throughput:0}, {b.Load.Latency.P50:0.00} / {b.Load.Latency.P99:0.00} | " +
                        $"{a.Load.Throughput:0}, {a.Load.Latency.P50:0.00} / {a.Load.Latency.P99:0.00} |");
                }
            }
        }
    }

    private static IEnumerable<(string, string, string)> Keys(IEnumerable<Measurement> reads) =>
        reads.Select(m => (m.Scenario, m.Protocol, m.Target)).Distinct();
}
