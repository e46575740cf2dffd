using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.EventPath;
using Mc2cm.Bench.Scenarios.Portal;

namespace Mc2cm.Bench.Report;

/// <summary>The targets, checked against one run's figures.</summary>
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
        var direct = Find(reads, "GetCity", "gRPC", Target.Direct, 16);
        var gateway = Find(reads, "GetCity", "gRPC", Target.Gateway, 16);
        var nginx = Find(reads, "GetCity", "gRPC", Target.Nginx, 16);
        if (direct is not null && gateway is not null)
        {
            var added = gateway.Load.Latency.P50 / direct.Load.Latency.P50 - 1;
            checks.Add(new("gateway adds ≤ 25 % to the p50 of a direct unary call (GetCity, gRPC, c=16)",
                $"+{added * 100:0} % ({gateway.Load.Latency.P50:0.00} ms vs {direct.Load.Latency.P50:0.00} ms)", added <= 0.25));
        }

        if (nginx is not null && gateway is not null)
        {
            checks.Add(new("gateway throughput ≥ nginx grpc_pass (GetCity, gRPC, c=16)",
                $"{gateway.Load.Throughput:0} vs {nginx.Load.Throughput:0} calls/s (×{gateway.Load.Throughput / nginx.Load.Throughput:0.00})",
                gateway.Load.Throughput >= nginx.Load.Throughput));
        }

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

    public static Measurement? Find(IEnumerable<Measurement> reads, string scenario, string protocol, string target, int concurrency) =>
        reads.FirstOrDefault(m => m.Scenario == scenario && m.Protocol == protocol && m.Target == target && m.Concurrency == concurrency);
}
