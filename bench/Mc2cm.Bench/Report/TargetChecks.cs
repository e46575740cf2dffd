using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.EventPath;
using Mc2cm.Bench.Scenarios.Portal;

namespace Mc2cm.Bench.Report;

/// <summary>The issue's targets, checked against one run's figures.</summary>
public static class TargetChecks
{
    /// <summary>Sizes of a visit of the home page, in bytes on the wire.</summary>
    public const long FirstVisitBudget = 300 * 1024, RepeatVisitBudget = 30 * 1024;

    /// <summary>The city page's p95 at c=16, in ms: the client measures it over loopback, an upper bound of the portal's server time.</summary>
    public const double CityPageP95Budget = 150;

    /// <summary>Issue 14: a signed-in page with a form, and a form post, p95 at c=16 in ms.</summary>
    public const double EditorPageP95Budget = 200, FormPostP95Budget = 300;

    public static List<TargetCheck> Evaluate(
        IReadOnlyList<Measurement> reads, IReadOnlyList<EventPathResult> events, IReadOnlyList<ColdStartResult> coldStarts,
        IReadOnlyList<Measurement> portal, IReadOnlyList<PageWeightResult> pageWeights)
    {
        var checks = new List<TargetCheck>();
        GatewayChecks(checks, reads);

        if (events.FirstOrDefault(e => e.Offered == 200) is { } slow)
        {
            checks.Add(new("event path p99 ≤ 100 ms at 200 events/s", $"p99 {slow.Observed.P99:0.0} ms (p50 {slow.Observed.P50:0.0} ms), {slow.Verdict}", slow.Observed.P99 <= 100 && slow.KeptUp));
        }

        if (events.FirstOrDefault(e => e.Offered == 1000) is { } fast)
        {
            checks.Add(new("event path keeps up at 1,000 events/s", $"{fast.EffectsPerSecond:0} effects/s, {fast.Verdict}", fast.KeptUp));
        }

        if (Find(portal, PortalPages.CityPage, PortalPages.Protocol, PortalPages.Target, 16) is { } cityPage)
        {
            var p = cityPage.Load.Latency;
            checks.Add(new($"city page p95 ≤ {CityPageP95Budget:0} ms at c=16 (portal → gateway → services; client-measured over loopback, an upper bound of server time)",
                $"p95 {p.P95:0.0} ms (p50 {p.P50:0.0}, p99 {p.P99:0.0}), {cityPage.Load.Throughput:0} pages/s, {cityPage.Load.Errors} errors",
                p.P95 <= CityPageP95Budget && cityPage.Load.Errors == 0));
        }

        if (Find(portal, ProfileEditor.EditorPage, PortalPages.Protocol, PortalPages.Target, 16) is { } editorPage)
        {
            var p = editorPage.Load.Latency;
            checks.Add(new($"signed-in page with a form (the profile draft editor) p95 ≤ {EditorPageP95Budget:0} ms at c=16",
                $"p95 {p.P95:0.0} ms (p50 {p.P50:0.0}, p99 {p.P99:0.0}), {editorPage.Load.Throughput:0} pages/s, {editorPage.Load.Errors} errors",
                p.P95 <= EditorPageP95Budget && editorPage.Load.Errors == 0));
        }

        if (Find(portal, ProfileEditor.SectionSave, ProfileEditor.PostProtocol, PortalPages.Target, 16) is { } save)
        {
            var p = save.Load.Latency;
            checks.Add(new($"form post (a profile section saved) p95 ≤ {FormPostP95Budget:0} ms at c=16",
                $"p95 {p.P95:0.0} ms (p50 {p.P50:0.0}, p99 {p.P99:0.0}), {save.Load.Throughput:0} saves/s, {save.Load.Errors} errors",
                p.P95 <= FormPostP95Budget && save.Load.Errors == 0));
        }

        foreach (var weight in pageWeights)
        {
            checks.Add(new($"home page first visit ≤ {FirstVisitBudget / 1024} KB (HTML and every asset it references, as sent)",
                $"{weight.FirstVisitBytes / 1024.0:0.0} KB, responses: {weight.FirstVisit.Count}", weight.FirstVisitBytes <= FirstVisitBudget));
            checks.Add(new($"home page repeat visit ≤ {RepeatVisitBudget / 1024} KB (fresh assets from the cache, the rest revalidated)",
                $"{weight.RepeatVisitBytes / 1024.0:0.0} KB, responses: {weight.RepeatVisit.Count}", weight.RepeatVisitBytes <= RepeatVisitBudget));
        }

        foreach (var start in coldStarts)
        {
            checks.Add(new($"cold start to all healthy ≤ 20 s — {start.How}",
                start.Measured ? $"{start.Seconds:0.0} s" : start.Note, start.Measured ? start.Seconds <= 20 : null));
        }

        return checks;
    }

    /// <summary>
    /// The gateway against direct and against nginx on GetCity at c=16, on each face: the medians of the
    /// ratios paired within each round, so that both sides of a ratio ran on the same machine moment.
    /// </summary>
    private static void GatewayChecks(List<TargetCheck> checks, IReadOnlyList<Measurement> reads)
    {
        var ratios = ReadComparison.Ratios(reads);
        foreach (var (protocol, nginx) in new[] { ("gRPC", "grpc_pass"), ("REST", "proxy_pass") })
        {
            if (ratios.FirstOrDefault(r => r.Scenario == "GetCity" && r.Protocol == protocol && r.Concurrency == 16) is not { } r)
            {
                continue;
            }

            var cpu = $"; CPU µs/call gateway {r.GatewayCpuPerCall.Text("0")}, nginx {r.NginxCpuPerCall.Text("0")}";
            if (r.P50GatewayOverDirect is { } p50)
            {
                checks.Add(new($"gateway p50 ≤ 1.25 × direct (GetCity, {protocol}, c=16)",
                    $"×{p50.Format("0.00")} over {p50.Count} rounds{cpu}", p50.Median <= 1.25));
            }

            if (r.ThroughputGatewayOverNginx is { } rate)
            {
                checks.Add(new($"gateway throughput ≥ nginx {nginx} (GetCity, {protocol}, c=16)",
                    $"×{rate.Format("0.00")} over {rate.Count} rounds{cpu}", rate.Median >= 1));
            }
        }
    }

    public static Measurement? Find(IEnumerable<Measurement> reads, string scenario, string protocol, string target, int concurrency) =>
        reads.FirstOrDefault(m => m.Scenario == scenario && m.Protocol == protocol && m.Target == target && m.Concurrency == concurrency);
}
