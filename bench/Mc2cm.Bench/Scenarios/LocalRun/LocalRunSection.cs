using System.Globalization;
using System.Text;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios.LocalRun;

/// <summary>The local run's part of a bench run (--only local): the AppHost's cold starts and what telemetry costs under it.</summary>
public sealed record LocalRunResult(IReadOnlyList<ColdStartResult> ColdStarts, IReadOnlyList<TelemetryRun> Telemetry)
{
    /// <summary>Every measured start of the AppHost: the cold start's own and one per telemetry run.</summary>
    public IEnumerable<ColdStartResult> AllStarts => ColdStarts.Concat(Telemetry.Select(t => t.ColdStart)).Where(s => s.Measured);
}

/// <summary>Writes <see cref="LocalRunResult"/> as a section of the results' markdown.</summary>
public static class LocalRunSection
{
    private static readonly string[] Columns = ["dashboard", "dcp", "gateway", "cities", "apphost", "rabbitmq"];

    public static string Write(LocalRunResult? result)
    {
        var md = new StringBuilder();
        if (result is null)
        {
            return string.Empty;
        }

        md.AppendLine("## The local run: ./run.sh's AppHost").AppendLine();
        var starts = result.AllStarts.ToList();
        if (starts.Count > 0)
        {
            var seconds = starts.Select(s => s.Seconds).ToList();
            md.AppendLine(Invariant($"- cold start to every process healthy, {starts.Count} start(s) of the AppHost on fresh data: median **{Median(seconds):0.0} s** (min {seconds.Min():0.0}, max {seconds.Max():0.0})"));
        }

        foreach (var start in result.ColdStarts)
        {
            md.AppendLine(start.Measured
                ? $"- the cold start's own run, {start.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s — processes started after: {Times(start.LaunchedAfter)}; healthy after: {Times(start.ReadyAfter)}"
                : $"- the cold start's own run: {start.Note}");
        }

        md.AppendLine();
        if (result.Telemetry.Count == 0)
        {
            return md.ToString();
        }

        md.AppendLine("Telemetry under the AppHost (dashboard on): GetCity gRPC through the gateway, 16 callers, per trace sample ratio (`Telemetry:TraceSampleRatio`), runs interleaved. CPU per call in µs, all processes under the AppHost (load generator apart); the median of the runs, min–max in brackets.").AppendLine()
          .AppendLine($"| ratio | runs | calls/s | CPU µs a call, all | {string.Join(" | ", Columns)} | load generator | idle CPU %, dashboard / all |")
          .AppendLine($"|---|--:|--:|--:|{string.Concat(Columns.Select(_ => "--:|"))}--:|--:|");
        foreach (var group in result.Telemetry.GroupBy(t => t.Ratio))
        {
            var runs = group.ToList();
            md.AppendLine($"| {group.Key} | {runs.Count} | {Spread(runs.Select(r => r.Load.Throughput))} | {Spread(runs.Select(r => r.MicrosPerCall()))} | " +
                $"{string.Join(" | ", Columns.Select(c => Spread(runs.Select(r => r.MicrosPerCall(c)))))} | {Spread(runs.Select(r => r.MicrosPerCall(ResourceWindow.LoadGenerator)))} | " +
                $"{Median(runs.Select(r => r.IdleCpuPercent.GetValueOrDefault("dashboard")).ToList()):0} / {Median(runs.Select(r => r.IdleCpuPercent.Values.Sum()).ToList()):0} |");
        }

        md.AppendLine().AppendLine("| run | ratio | load average before → after | cold start s | calls/s | errors | CPU µs a call, all | dashboard | dcp |").AppendLine("|--:|---|---|--:|--:|--:|--:|--:|--:|");
        foreach (var run in result.Telemetry)
        {
            md.AppendLine(Invariant($"| {run.Round} | {run.Ratio} | {run.Loads} | {run.ColdStart.Seconds:0.0} | {run.Load.Throughput:0} | {run.Load.Errors} | {run.MicrosPerCall():0} | {run.MicrosPerCall("dashboard"):0} | {run.MicrosPerCall("dcp"):0} |"));
        }

        return md.AppendLine().ToString();
    }

    private static string Times(IReadOnlyDictionary<string, double>? times) =>
        times is null ? "—" : string.Join(", ", times.OrderBy(t => t.Value).Select(t => $"{t.Key} {t.Value.ToString("0.0", CultureInfo.InvariantCulture)}"));

    private static string Spread(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 1 ? Invariant($"{list[0]:0}") : Invariant($"{Median(list):0} ({list.Min():0}–{list.Max():0})");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
