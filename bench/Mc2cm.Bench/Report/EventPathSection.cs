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
        // What the machine had left: the CPU every process used in the window, against the cores.
        foreach (var r in results.Where(r => r.Resources.Count > 0))
        {
            var cpu = r.Resources.Sum(p => p.CpuPercent);
            var perEvent = r.Resources.Sum(p => p.CpuSeconds) * 1000 / (r.Offered * r.Seconds);
            md.Line($"- {r.Offered}/s: the processes used {cpu:0} % CPU of {Environment.ProcessorCount * 100} % " +
                $"({perEvent:0.0} ms of CPU per offered event, all processes and the load generator)");
        }

        md.Line();
        foreach (var error in results.Where(r => r.FirstError is not null))
        {
            md.Line($"- {error.Offered}/s first write error: {error.FirstError}");
        }
    }

    private static string Two(Percentiles? p) => p is null ? "—" : $"{p.P50:0.0} / {p.P99:0.0}";
}
