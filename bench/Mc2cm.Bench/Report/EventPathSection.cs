using System.Text;
using Mc2cm.Bench.Load;
using Mc2cm.Bench.Scenarios.EventPath;

namespace Mc2cm.Bench.Report;

/// <summary>The event path's table: offered rate, what the consumer achieved, latencies and the verdict.</summary>
public static class EventPathSection
{
    public static void Write(StringBuilder md, IReadOnlyList<EventPathResult> results)
    {
        md.Line("## Event path: write → outbox → RabbitMQ → inbox → committed effect").Line()
          .Line("| offered/s | effects/s | write call p50 / p99 ms | **observed p50 / p90 / p99 ms** | stamped p50 / p99 ms | outbox dispatch p50 / p99 ms | broker → consumer p50 / p99 ms | backlog at end | drained in s | first → last fifth p50 ms | verdict |")
          .Line("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var r in results)
        {
            md.Line($"| {r.Offered} | {r.EffectsPerSecond:0} | {Two(r.WriteCall)} | **{r.Observed.P50:0.0} / {r.Observed.P90:0.0} / {r.Observed.P99:0.0}** | {Two(r.Stamped)} | " +
                $"{Two(r.OutboxDispatch)} | {Two(r.BrokerToConsumer)} | {r.BacklogAtEnd} | {r.DrainSeconds:0.00} | {r.FirstFifthP50:0.0} → {r.LastFifthP50:0.0} | {r.Verdict} |");
        }

        md.Line();
        // What the machine had left: the CPU every process used in the window, against the cores; and
        // what one event cost, with the JIT's tiered compilation apart (a young process's one-off cost).
        foreach (var r in results.Where(r => r.Resources.Count > 0))
        {
            var cpu = r.Resources.Sum(p => p.CpuPercent);
            var events = r.Offered * r.Seconds;
            var perEvent = r.Resources.Sum(p => p.CpuSeconds) * 1000 / events;
            var jit = r.Resources.Sum(p => p.JitCpuSeconds) * 1000 / events;
            md.Line($"- {r.Offered}/s: the processes used {cpu:0} % CPU of {Environment.ProcessorCount * 100} % " +
                $"({perEvent:0.0} ms of CPU per offered event, all processes and the load generator; " +
                $"{perEvent - jit:0.0} ms without the JIT's tiered compilation, which used {jit:0.0} ms); " +
                $"load average (1 min) before → after: {r.Loads}");
        }

        md.Line();
        var names = results.SelectMany(r => r.Resources.Where(p => p.CpuSeconds > 0).Select(p => p.Name)).Distinct().ToList();
        if (names.Count > 0)
        {
            md.Line("CPU µs per offered event, each process (in brackets: of which the JIT's tiered compilation):").Line()
              .Line($"| offered/s | {string.Join(" | ", names)} |")
              .Line($"|--:|{string.Concat(names.Select(_ => "--:|"))}");
            foreach (var r in results.Where(r => r.Resources.Count > 0))
            {
                var events = r.Offered * r.Seconds;
                md.Line($"| {r.Offered} | {string.Join(" | ", names.Select(n => r.Resources.FirstOrDefault(p => p.Name == n) is { } p
                    ? $"{p.CpuSeconds * 1e6 / events:0} ({p.JitCpuSeconds * 1e6 / events:0})" : "—"))} |");
            }
        }

        md.Line();
        foreach (var error in results.Where(r => r.FirstError is not null))
        {
            md.Line($"- {error.Offered}/s first write error: {error.FirstError}");
        }
    }

    private static string Two(Percentiles? p) => p is null ? "—" : $"{p.P50:0.0} / {p.P99:0.0}";
}
