using System.Collections.Concurrent;
using System.Diagnostics;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>One overview is one trace: every service's span descends from the gateway's.</summary>
[Collection(nameof(OverviewCollection))]
public sealed class OverviewTraceTests(OverviewApp app) : IDisposable
{
    private const string ServerSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private static readonly ActivitySource TestSource = new("Mc2cm.Tests.Overview");
    private readonly ConcurrentBag<Activity> _stopped = [];
    private ActivityListener? _listener;

    [Fact]
    public async Task The_six_calls_to_the_four_services_are_in_the_trace_of_the_overview()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        var (overviews, channel) = app.Overview();
        using var _ = channel;
        ActivityTraceId traceId;
        using (var root = TestSource.StartActivity("client call"))
        {
            traceId = root!.TraceId;
            await overviews.GetCityOverviewAsync(new GetCityOverviewRequest { Name = "cities/tunis" }, cancellationToken: TestContext.Current.CancellationToken);
        }

        var trace = _stopped.Where(a => a.TraceId == traceId).ToDictionary(a => a.SpanId);
        var servers = trace.Values.Where(a => a.OperationName == ServerSpan).ToList();
        var gateway = Assert.Single(servers, s => !Ancestors(s, trace).Any(a => a.OperationName == ServerSpan));
        var downstream = servers.Where(s => s != gateway).ToList();
        Assert.All(downstream, s => Assert.Contains(gateway, Ancestors(s, trace)));
        Assert.Equal(
            [
                "/mc2cm.action.v1.ActionsService/ListActions", "/mc2cm.action.v1.PrioritiesService/ListPriorities",
                "/mc2cm.cities.v1.CitiesService/GetCity", "/mc2cm.dialogue.v1.MeetingsService/ListMeetings",
                "/mc2cm.knowledge.v1.ProfilesService/GetKeyFigures", "/mc2cm.knowledge.v1.ProfilesService/ListProfileRevisions",
            ],
            downstream.Select(s => s.GetTagItem("url.path") as string ?? s.DisplayName.Split(' ').Last()).Order(StringComparer.Ordinal));
    }

    private static IEnumerable<Activity> Ancestors(Activity activity, Dictionary<ActivitySpanId, Activity> trace)
    {
        for (var current = activity; trace.TryGetValue(current.ParentSpanId, out var parent); current = parent)
        {
            yield return parent;
        }
    }

    public void Dispose() => _listener?.Dispose();
}
