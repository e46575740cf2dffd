using System.Collections.Concurrent;
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
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;

    public TraceRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

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
        await Poll.UntilAsync(() => _stopped.Count(a => a.TraceId == traceId && a.OperationName == ServerSpan) >= inner + 1,
            TimeSpan.FromSeconds(60), $"{inner + 1} server spans of trace {traceId}");
        var trace = _stopped.Where(a => a.TraceId == traceId).ToDictionary(a => a.SpanId);
        var servers = trace.Values.Where(a => a.OperationName == ServerSpan).ToList();
        var outermost = Assert.Single(servers, s => !Ancestors(s, trace).Any(a => a.OperationName == ServerSpan));
        var below = servers.Where(s => s != outermost).ToList();
        Assert.All(below, s => Assert.Contains(outermost, Ancestors(s, trace)));
        return (outermost, below);
    }

    /// <summary>The path a server span served, e.g. "/mc2cm.cities.v1.CitiesService/GetCity".</summary>
    public static string PathOf(Activity server) => server.GetTagItem("url.path") as string ?? server.DisplayName.Split(' ').Last();

    private static IEnumerable<Activity> Ancestors(Activity activity, Dictionary<ActivitySpanId, Activity> trace)
    {
        for (var current = activity; trace.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }

    public void Dispose() => _listener.Dispose();
}
