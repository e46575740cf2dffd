using System.Text;
using Mc2cm.Bench.Processes;
using Mc2cm.Bench.Scenarios;

namespace Mc2cm.Bench.Report;

/// <summary>Writes a run's figures as bench/results/&lt;date&gt;.md: targets first, then each scenario, then how it was measured.</summary>
public static class MarkdownReport
{
    public static string Write(BenchReport report, BenchReport? baseline)
    {
        var md = new StringBuilder();
        Header(md, report);
        Targets(md, report);
        if (baseline is not null)
        {
            BeforeAfter.Write(md, baseline, report);
        }

        Reads(md, report.Reads, "Reads: GetCity and ListCities (50 a page)");
        Ratios(md, report.Reads);
        Overview(md, report);
        EventPathSection.Write(md, report.EventPath);
        PortalSection.Write(md, report);
        ColdStart(md, report);
        Resources(md, report);
        md.Append(Method.Text);
        return md.ToString();
    }

    private static void Header(StringBuilder md, BenchReport report)
    {
        var m = report.Machine;
        md.Line($"# MC2CM bench — {report.StartedUtc:yyyy-MM-dd HH:mm} UTC ({report.Mode})").Line();
        if (report.Mode == "quick")
        {
            md.Line("> **Quick validation run**: short windows, meant to check the harness, not to quote. Figures from a")
              .Line("> machine shared with other work are noisy; see the load averages below.").Line();
        }

        if (report.Note is { Length: > 0 } note)
        {
            md.Line($"> {note}").Line();
        }

        md.Line($"- machine: **{m.Cores} cores**, {m.CpuModel}, {m.MemoryGiB} GiB; {m.Os}; {m.Runtime}")
          .Line($"- load average (1/5/15 min) at start: {m.LoadAverageAtStart}; at end: {m.LoadAverageAtEnd} (above {m.Cores}: other work competed)")
          .Line($"- one durable SQLite commit (WAL, synchronous=FULL, as the services run) on this disk: {m.DiskCommitMs:0.00} ms (median of 100, at the start)")
          .Line($"- commit {m.Commit}; {m.Nginx}; {m.Wrk}")
          .Line($"- windows: JIT warm-up {report.Settings.JitWarmup.TotalSeconds:0.#} s per target and face, warm-up {report.Settings.Warmup.TotalSeconds:0.#} s per run (neither recorded), measured {report.Settings.Measure.TotalSeconds:0.#} s; the reads' comparison in {report.Settings.Rounds} interleaved rounds of {report.Settings.RoundWarmup.TotalSeconds:0.#} s warm-up + {report.Settings.RoundMeasure.TotalSeconds:0.#} s measured; concurrency {string.Join(", ", report.Settings.Concurrency)}; whole run {report.TotalSeconds:0} s")
          .Line("- everything — load generator, proxies, services, broker — runs on this one machine, on loopback").Line();
    }

    private static void Targets(StringBuilder md, BenchReport report)
    {
        md.Line("## Targets").Line().Line("| target | figure | met |").Line("|---|---|---|");
        foreach (var check in report.Targets)
        {
            md.Line($"| {check.Target} | {check.Figure} | {check.Met switch { true => "yes", false => "**no**", null => "—" }} |");
        }

        md.Line();
    }

    /// <summary>Each target's medians over the rounds, with their spread (min–max), then every run in a folded table.</summary>
    public static void Reads(StringBuilder md, IReadOnlyList<Measurement> reads, string title)
    {
        md.Line($"## {title}").Line();
        var rounds = reads.Select(m => m.Round).DefaultIfEmpty().Max() + 1;
        if (rounds > 1)
        {
            md.Line($"Median of {rounds} interleaved rounds, the spread (smallest–largest) in brackets. CPU µs per call is each process's " +
                "CPU time in the window over the calls completed in it.").Line();
        }

        md.Line("| scenario | face | c | target | calls/s | p50 ms | p99 ms | CPU µs/call service | CPU µs/call proxy | CPU µs/call load gen | errors | load 1 min before (runs started busy) |")
          .Line("|---|---|--:|---|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var f in ReadComparison.Figures(reads))
        {
            var busy = f.BusyRuns > 0 ? $" (**busy**: {f.BusyRuns} of {f.Runs})" : string.Empty;
            md.Line($"| {f.Scenario} | {f.Protocol} | {f.Concurrency} | {f.Target} | {f.Throughput.Format("0")} | {f.P50.Format("0.00")} | {f.P99.Format("0.00")} | " +
                $"{f.ServiceCpuPerCall.Text("0")} | {f.ProxyCpuPerCall.Text("0")} | {f.LoadGeneratorCpuPerCall.Text("0")} | {f.Errors} | {f.LoadBefore.Text("0.0")}{busy} |");
        }

        md.Line();
        if (rounds > 1)
        {
            md.Line("<details><summary>Every run, in the order run</summary>").Line();
            Runs(md, reads);
            md.Line("</details>").Line();
        }

        foreach (var error in reads.Where(m => m.Load.FirstError is not null).Select(m => $"{m.Scenario} {m.Protocol} {m.Target} c={m.Concurrency}: {m.Load.FirstError}").Distinct().Take(10))
        {
            md.Line($"- first error: {error}");
        }
    }

    private static void Runs(StringBuilder md, IReadOnlyList<Measurement> reads)
    {
        md.Line("| scenario | face | c | round | target | calls/s | p50 ms | p90 ms | p99 ms | errors | CPU % service | CPU % proxy | CPU % load gen | CPU µs/call service / proxy | peak RSS MB service / proxy | load 1 min before → after |")
          .Line("|---|---|--:|--:|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|");
        foreach (var m in reads)
        {
            var service = Cpu(m, ReadComparison.Service);
            var proxyName = Target.ProxyProcess(m.Target);
            var proxy = proxyName is null ? null : Cpu(m, proxyName);
            md.Line($"| {m.Scenario} | {m.Protocol} | {m.Concurrency} | {m.Round + 1} | {m.Target} | {m.Load.Throughput:0} | {m.Load.Latency.P50:0.00} | {m.Load.Latency.P90:0.00} | {m.Load.Latency.P99:0.00} | {m.Load.Errors} | " +
                $"{service?.CpuPercent:0} | {proxy?.CpuPercent:0} | {Cpu(m, ResourceWindow.LoadGenerator)?.CpuPercent:0} | " +
                $"{m.CpuMicrosecondsPerCall(ReadComparison.Service):0} / {(proxyName is null ? null : m.CpuMicrosecondsPerCall(proxyName)):0} | {service?.PeakRssMb:0} / {proxy?.PeakRssMb:0} | {m.Loads} |");
        }

        md.Line();
    }

    private static void Ratios(StringBuilder md, IReadOnlyList<Measurement> reads)
    {
        md.Line().Line("### Gateway and nginx, paired within each round").Line()
          .Line("Each ratio is taken between runs of the same round (back to back on the same machine); the median of the rounds, the spread in brackets. " +
                "CPU µs per proxied call is the proxy process's own CPU (the gateway; nginx's master and workers).").Line()
          .Line("| scenario | face | c | rounds | p50 gateway/direct | p50 nginx/direct | calls/s gateway/nginx | calls/s gateway/direct | CPU µs/call gateway | CPU µs/call nginx | CPU gateway/nginx |")
          .Line("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var r in ReadComparison.Ratios(reads))
        {
            md.Line($"| {r.Scenario} | {r.Protocol} | {r.Concurrency} | {r.Rounds} | {r.P50GatewayOverDirect.Text("0.00")} | {r.P50NginxOverDirect.Text("0.00")} | " +
                $"{r.ThroughputGatewayOverNginx.Text("0.00")} | {r.ThroughputGatewayOverDirect.Text("0.00")} | {r.GatewayCpuPerCall.Text("0")} | {r.NginxCpuPerCall.Text("0")} | {r.ProxyCpuGatewayOverNginx.Text("0.00")} |");
        }

        md.Line();
    }

    private static void Overview(StringBuilder md, BenchReport report)
    {
        md.Line("## City overview (fan-out to the four services, through the gateway)").Line();
        foreach (var face in report.OverviewAvailability)
        {
            md.Line($"- {face.Protocol}: {face.Note}");
        }

        md.Line();
        if (report.Overview.Count > 0)
        {
            Reads(md, report.Overview, "City overview figures");
        }
    }

    private static void ColdStart(StringBuilder md, BenchReport report)
    {
        md.Line("## Cold start (after the build)").Line();
        foreach (var start in report.ColdStart)
        {
            md.Line(start.Measured
                ? $"- {start.How}: **{start.Seconds:0.0} s** — {start.Note}; each ready after: {string.Join(", ", start.ReadyAfter.OrderBy(r => r.Value).Select(r => $"{r.Key} {r.Value:0.0} s"))}"
                : $"- {start.How}: {start.Note}");
        }

        md.Line();
    }

    private static void Resources(StringBuilder md, BenchReport report)
    {
        md.Line("## CPU and peak memory of every process (reads at the highest concurrency, and the event path)").Line()
          .Line("CPU is the share of one core over the measured window (200 % = both cores); memory is the peak resident set sampled every 250 ms. " +
                "For the reads, the run of median throughput among the rounds.").Line();
        var top = report.Settings.Concurrency.Max();
        var rows = report.Reads.Where(m => m.Concurrency == top)
            .GroupBy(m => (m.Scenario, m.Protocol, m.Target))
            .Select(g => g.OrderBy(m => m.Load.Throughput).ElementAt(g.Count() / 2))
            .Select(m => ($"{m.Scenario} {m.Protocol} {m.Target} c={m.Concurrency}", m.Resources))
            .Concat(report.EventPath.Select(e => ($"event path {e.Offered}/s", e.Resources)))
            .ToList();
        var names = rows.SelectMany(r => r.Resources.Select(p => p.Name)).Distinct().ToList();
        md.Line($"| run | {string.Join(" | ", names.Select(n => $"{n} CPU % / MB"))} |")
          .Line($"|---|{string.Concat(names.Select(_ => "--:|"))}");
        foreach (var (name, resources) in rows)
        {
            md.Line($"| {name} | {string.Join(" | ", names.Select(n => resources.FirstOrDefault(p => p.Name == n) is { } p ? $"{p.CpuPercent:0} / {p.PeakRssMb:0}" : "—"))} |");
        }

        md.Line();
    }

    private static ProcessFigures? Cpu(Measurement m, string process) => m.Resources.FirstOrDefault(p => p.Name == process);

    internal static StringBuilder Line(this StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
