using System.Collections.Concurrent;
using System.Diagnostics;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Gateway.Tests;

/// <summary>One call through the gateway is one trace: the service's span descends from the gateway's.</summary>
public sealed class TraceTests(GatewayApp app) : IClassFixture<GatewayApp>, IDisposable
{
    private const string ServerSpan = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private static readonly ActivitySource TestSource = new("Mc2cm.Tests.Gateway");
    private readonly ConcurrentBag<Activity> _stopped = [];
    private ActivityListener? _listener;

    [Fact]
    public async Task A_grpc_call_through_the_gateway_is_one_trace_from_gateway_to_service()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
        using var channel = app.GrpcChannel();
        // A first call lets the gateway and the service fetch the token issuer's keys, which would
        // otherwise be spans of this trace too.
        await new CitiesService.CitiesServiceClient(channel).GetCityAsync(new GetCityRequest { Name = "cities/vienna" },
            cancellationToken: TestContext.Current.CancellationToken);
        ActivityTraceId traceId;
        using (var root = TestSource.StartActivity("client call"))
        {
            traceId = root!.TraceId;
            await new CitiesService.CitiesServiceClient(channel).GetCityAsync(new GetCityRequest { Name = "cities/vienna" },
                cancellationToken: TestContext.Current.CancellationToken);
        }

        var trace = _stopped.Where(a => a.TraceId == traceId).ToDictionary(a => a.SpanId);
        var servers = trace.Values.Where(a => a.OperationName == ServerSpan).ToList();
        Assert.Equal(2, servers.Count);
        var gateway = servers.Single(s => !Ancestors(s, trace).Any(a => a.OperationName == ServerSpan));
        var cities = servers.Single(s => s != gateway);
        Assert.Contains(gateway, Ancestors(cities, trace));
        Assert.Equal("/mc2cm.cities.v1.CitiesService/GetCity", cities.GetTagItem("url.path") as string ?? cities.DisplayName.Split(' ').Last());
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
