using System.Net;
using Mc2cm.Bench.Load;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Bench.Scenarios;

/// <summary>Whether one face of the overview could be measured, and why not.</summary>
public sealed record OverviewAvailability(string Protocol, bool Available, string Note);

/// <summary>
/// The city overview: one call to the gateway that asks the four services in parallel (GetCity,
/// the profile's revisions and key figures, meetings, priorities, funded actions). Each face is
/// probed first: a call whose parts are not all OK is reported, not measured, as its figures would
/// time the failure path.
/// </summary>
public sealed class OverviewScenario(Uri gatewayGrpc, Uri gatewayHttp, ScenarioSettings settings, MeasuredLoad measured, Wrk wrk)
{
    public const string Scenario = "CityOverview";
    private const string City = "cities/" + ReadScenarios.City;

    public async Task<(List<OverviewAvailability> Availability, List<Measurement> Measurements)> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        using var channel = GrpcClients.Channel(gatewayGrpc);
        var client = new OverviewService.OverviewServiceClient(channel);
        async Task Call(CancellationToken ct)
        {
            var response = await client.GetCityOverviewAsync(new GetCityOverviewRequest { Name = City }, cancellationToken: ct);
            if (NotOk(response.Overview) is { } part)
            {
                throw new InvalidOperationException($"The overview's {part} part is not OK.");
            }
        }

        var availability = new List<OverviewAvailability> { await ProbeGrpcAsync(Call, cancellationToken), await ProbeRestAsync(cancellationToken) };
        var results = new List<Measurement>();
        foreach (var face in availability)
        {
            progress($"{Scenario} {face.Protocol}: {face.Note}");
            if (!face.Available)
            {
                continue;
            }

            Task<LoadResult> Run(int concurrency, TimeSpan warmup, TimeSpan measure, Action? measuring) => face.Protocol == "gRPC"
                ? ClosedLoop.RunAsync(Call, concurrency, warmup, measure, measuring, cancellationToken)
                : wrk.RunAsync(RestUrl, concurrency, warmup, measure, measuring, cancellationToken);

            // As for the reads: the JIT's tiers first, thrown away.
            await Run(settings.Concurrency[settings.Concurrency.Count / 2], TimeSpan.Zero, settings.JitWarmup, null);
            foreach (var concurrency in settings.Concurrency)
            {
                var (load, resources, loads) = await measured.RunAsync(measuring => Run(concurrency, settings.Warmup, settings.Measure, measuring));
                results.Add(new Measurement(Scenario, face.Protocol, Target.Gateway, concurrency, load, resources) { Loads = loads });
                progress($"{Scenario} {face.Protocol} gateway c={concurrency}: {load.Throughput:0} calls/s, p50 {load.Latency.P50:0.00} ms, p99 {load.Latency.P99:0.00} ms, errors {load.Errors}");
            }
        }

        return (availability, results);
    }

    private Uri RestUrl => new(gatewayHttp, $"/api/v1/{City}/overview");

    private static string? NotOk(CityOverview overview) =>
        new (string Name, PartStatus? Status)[]
        {
            ("city", overview.CityDetails?.Status), ("profile", overview.Profile?.Status), ("key figures", overview.KeyFigures?.Status),
            ("meetings", overview.HostedMeetings?.Status), ("priorities", overview.Priorities?.Status), ("funded actions", overview.FundedActions?.Status),
        }.FirstOrDefault(p => p.Status is null || p.Status.Code != Google.Rpc.Code.Ok).Name;

    private static async Task<OverviewAvailability> ProbeGrpcAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken);
            return new OverviewAvailability("gRPC", true, "every part OK: measured through the gateway");
        }
        catch (Exception ex) when (ex is Grpc.Core.RpcException or InvalidOperationException)
        {
            return new OverviewAvailability("gRPC", false, $"not measured: the probe failed ({ex.Message})");
        }
    }

    private async Task<OverviewAvailability> ProbeRestAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(RestUrl, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return response.StatusCode == HttpStatusCode.OK
            ? new OverviewAvailability("REST", true, "measured through the gateway")
            : new OverviewAvailability("REST", false, $"not measured: GET {RestUrl.AbsolutePath} answered {(int)response.StatusCode} {body}");
    }
}
