using System.Net;
using Grpc.Core;
using Mc2cm.Bench.Load;

namespace Mc2cm.Bench.Scenarios;

/// <summary>Whether one face of the overview could be measured, and why not.</summary>
public sealed record OverviewAvailability(string Protocol, bool Available, string Note);

/// <summary>
/// The city overview: one call to the gateway that asks the four services in parallel. It is
/// being built on another branch: each face is probed first, and a route that answers
/// Unimplemented (gRPC) or 404 (REST) is reported as not available instead of measured.
/// </summary>
public sealed class OverviewScenario(Uri gatewayGrpc, Uri gatewayHttp, ScenarioSettings settings, MeasuredLoad measured, Wrk wrk)
{
    public const string Scenario = "CityOverview";
    private const string City = "cities/" + ReadScenarios.City;
    private static readonly Method<byte[], byte[]> GetCityOverview = GrpcClients.RawUnary("mc2cm.gateway.v1.OverviewService", "GetCityOverview");

    public async Task<(List<OverviewAvailability> Availability, List<Measurement> Measurements)> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        using var channel = GrpcClients.Channel(gatewayGrpc);
        var request = GrpcClients.StringField(1, City);
        Task Call(CancellationToken ct) => channel.CreateCallInvoker().AsyncUnaryCall(GetCityOverview, null, new CallOptions(cancellationToken: ct), request).ResponseAsync;

        var availability = new List<OverviewAvailability> { await ProbeGrpcAsync(Call, cancellationToken), await ProbeRestAsync(cancellationToken) };
        var results = new List<Measurement>();
        foreach (var face in availability)
        {
            progress($"{Scenario} {face.Protocol}: {face.Note}");
            if (!face.Available)
            {
                continue;
            }

            foreach (var concurrency in settings.Concurrency)
            {
                var (load, resources) = await measured.RunAsync(measuring => face.Protocol == "gRPC"
                    ? ClosedLoop.RunAsync(Call, concurrency, settings.Warmup, settings.Measure, measuring, cancellationToken)
                    : wrk.RunAsync(RestUrl, concurrency, settings.Warmup, settings.Measure, measuring, cancellationToken));
                results.Add(new Measurement(Scenario, face.Protocol, Target.Gateway, concurrency, load, resources));
                progress($"{Scenario} {face.Protocol} gateway c={concurrency}: {load.Throughput:0} calls/s, p50 {load.Latency.P50:0.00} ms, p99 {load.Latency.P99:0.00} ms, errors {load.Errors}");
            }
        }

        return (availability, results);
    }

    private Uri RestUrl => new(gatewayHttp, $"/api/v1/{City}/overview");

    private static async Task<OverviewAvailability> ProbeGrpcAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken);
            return new OverviewAvailability("gRPC", true, "available: measured through the gateway");
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            return new OverviewAvailability("gRPC", false, "not available: the gateway answers UNIMPLEMENTED for mc2cm.gateway.v1.OverviewService/GetCityOverview (built on another branch)");
        }
        catch (RpcException ex)
        {
            return new OverviewAvailability("gRPC", false, $"not measured: the probe failed with {ex.StatusCode} ({ex.Status.Detail})");
        }
    }

    private async Task<OverviewAvailability> ProbeRestAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(RestUrl, cancellationToken);
        return response.StatusCode switch
        {
            HttpStatusCode.OK => new OverviewAvailability("REST", true, "available: measured through the gateway"),
            HttpStatusCode.NotFound => new OverviewAvailability("REST", false, $"not available: GET {RestUrl.AbsolutePath} answers 404 (built on another branch)"),
            // Without the route the path falls to the Cities service, whose fallback policy refuses an anonymous caller.
            HttpStatusCode.Unauthorized => new OverviewAvailability("REST", false, $"not available: GET {RestUrl.AbsolutePath} has no route yet (the Cities service's fallback answers 401; built on another branch)"),
            var status => new OverviewAvailability("REST", false, $"not measured: the probe answered {(int)status}"),
        };
    }
}
