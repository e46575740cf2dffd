using System.Globalization;
using System.Text;
using Mc2cm.Bench.Processes;
using Mc2cm.Bench.Scenarios;

namespace Mc2cm.Bench.Report;

/// <summary>The portal's pages under load (with the CPU each page costs every process of the chain), and the home page's weight.</summary>
public static class PortalSection
{
    private static readonly string[] Services = [.. SuiteLayout.ServiceNames];

    public static void Write(StringBuilder md, BenchReport report)
    {
        if (report.PortalAvailability.Count == 0 && report.PageWeights.Count == 0)
        {
            return;
        }

        md.Line("## Portal pages (portal → gateway → services)").Line();
        foreach (var page in report.PortalAvailability)
        {
            md.Line($"- {page.Protocol}: {page.Note}");
        }

        md.Line().Line("wrk over HTTP/1.1 keep-alive; latency is measured by the client over loopback, so it is an upper bound of the portal's server time. " +
            "CPU per page is each process's CPU time in the measured window divided by the pages completed in it.").Line();
        if (report.Portal.Count > 0)
        {
            md.Line("| page | c | pages/s | p50 ms | p95 ms | p99 ms | errors | CPU ms/page portal | gateway | services (4) | CPU % load gen |")
              .Line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
            foreach (var m in report.Portal)
            {
                var l = m.Load.Latency;
                md.Line($"| {m.Scenario} | {m.Concurrency} | {m.Load.Throughput:0} | {l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {m.Load.Errors} | " +
                    $"{PerPage(m, "web"):0.00} | {PerPage(m, "gateway"):0.00} | {PerPage(m, Services):0.00} | {m.Resources.FirstOrDefault(p => p.Name == ResourceWindow.LoadGenerator)?.CpuPercent:0} |");
            }

            md.Line();
            foreach (var error in report.Portal.Where(m => m.Load.FirstError is not null).Select(m => $"{m.Scenario} c={m.Concurrency}: {m.Load.FirstError}").Distinct())
            {
                md.Line($"- first error: {error}");
            }
        }

        foreach (var weight in report.PageWeights)
        {
            md.Line($"### Weight of {weight.Page}: first visit {weight.FirstVisitBytes / 1024.0:0.0} KB, repeat visit {weight.RepeatVisitBytes / 1024.0:0.0} KB").Line()
              .Line("Bytes as sent (status line, headers, body compressed as asked with Accept-Encoding: br, gzip). On the repeat visit an asset whose " +
                "Cache-Control keeps it fresh (max-age, not no-cache) is not asked for; the rest is asked again with its validators.").Line()
              .Line("| response | status (first) | bytes (first) | status (repeat) | bytes (repeat) | Cache-Control |")
              .Line("|---|--:|--:|--:|--:|---|");
            foreach (var first in weight.FirstVisit)
            {
                var repeat = weight.RepeatVisit.FirstOrDefault(r => r.Path == first.Path);
                md.Line($"| {first.Path} | {first.Status} | {first.Bytes} | {repeat?.Status.ToString(CultureInfo.InvariantCulture) ?? "from cache"} | {repeat?.Bytes ?? 0} | {first.CacheControl ?? "—"} |");
            }

            md.Line();
        }
    }

    private static double? PerPage(Measurement m, params string[] processes)
    {
        var figures = m.Resources.Where(p => processes.Contains(p.Name)).ToList();
        return figures.Count == 0 || m.Load.Completed == 0 ? null : figures.Sum(p => p.CpuSeconds) * 1000 / m.Load.Completed;
    }
}
