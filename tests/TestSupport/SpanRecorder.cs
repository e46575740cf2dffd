using System.Collections.Concurrent;
using System.Diagnostics;

namespace Mc2cm.Testing;

/// <summary>
/// Records every span this process ends (every source, all sampled), so a test can read a trace
/// back: the in-process services' and gateway's spans, and the test's own.
/// </summary>
public sealed class SpanRecorder : IDisposable
{
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public SpanRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>The spans of <paramref name="traceId"/> ended so far.</summary>
    public IReadOnlyList<Activity> Trace(ActivityTraceId traceId) => _spans.Where(s => s.TraceId == traceId).ToList();

    /// <summary>The parent of <paramref name="span"/>, its parent, and so on, as far as <paramref name="trace"/> holds them.</summary>
    public static IEnumerable<Activity> Ancestors(Activity span, IReadOnlyDictionary<ActivitySpanId, Activity> trace)
    {
        for (var current = span; trace.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }

    public void Dispose() => _listener.Dispose();
}
