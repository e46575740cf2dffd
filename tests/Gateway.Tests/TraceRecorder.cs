using System.Diagnostics;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// Records the spans this process ends, so a test can read one call's trace back: the outermost
/// server span (the gateway's) and the server spans below it (the services').
/// </summary>
public sealed class TraceRecorder : IDisposable
{
    private const string ServerSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private static readonly ActivitySource TestSource = new("Mc2cm.Tests.Gateway");
    private readonly SpanRecorder _spans = new();

    /// <summary>Makes <paramref name="call"/> the root of a new trace, and gives the trace's id.</summary>
    public async Task<ActivityTraceId> TraceAsync(Func<Task> call)
    {
        using var root = TestSource.StartActivity("client call");
        await call();
        return root!.TraceId;
    }

    /// <summary>
    /// The trace's outermost server span, and the <paramref name="inner"/> server spans that must
    /// all descend from it, once they have all ended (a server's span ends after its answer is sent).
    /// </summary>
    public async Task<(Activity Outermost, IReadOnlyList<Activity> Inner)> ServerSpansAsync(ActivityTraceId traceId, int inner)
    {
        await Poll.UntilAsync(() => _spans.Trace(traceId).Count(a => a.OperationName == ServerSpan) >= inner + 1,
            TimeSpan.FromSeconds(60), $"{inner + 1} server spans of trace {traceId}");
        var trace = _spans.Trace(traceId).ToDictionary(a => a.SpanId);
        var servers = trace.Values.Where(a => a.OperationName == ServerSpan).ToList();
        var outermost = Assert.Single(servers, s => !SpanRecorder.Ancestors(s, trace).Any(a => a.OperationName == ServerSpan));
        var below = servers.Where(s => s != outermost).ToList();
        Assert.All(below, s => Assert.Contains(outermost, SpanRecorder.Ancestors(s, trace)));
        return (outermost, below);
    }

    /// <summary>The path a server span served, e.g. "/mc2cm.cities.v1.CitiesService/GetCity".</summary>
    public static string PathOf(Activity server) => server.GetTagItem("url.path") as string ?? server.DisplayName.Split(' ').Last();

    public void Dispose() => _spans.Dispose();
}
