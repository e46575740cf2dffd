using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.EventPath;

namespace Mc2cm.Bench.Report;

/// <summary>The targets, checked against one run's figures.</summary>
public static class TargetChecks
{
    public static List<TargetCheck> Evaluate(IReadOnlyList<Measurement> reads, IReadOnlyList<EventPathResult> events, IReadOnlyList<ColdStartResult> coldStarts)
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
