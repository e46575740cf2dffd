using Mc2cm.Bench.Load;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Bench.Scenarios;

/// <summary>
/// A unary read (GetCity) and a list (ListCities, 50 a page) of the Cities service, on gRPC and on
/// REST/JSON, direct to the service, through the gateway and through nginx, at each concurrency,
/// interleaved over <see cref="ScenarioSettings.Rounds"/> rounds.
/// </summary>
/// <param name="calls">Which reads to run (GetCity, ListCities).</param>
public sealed class ReadScenarios(IReadOnlyList<Target> targets, ScenarioSettings settings, MeasuredLoad measured, Wrk wrk, IReadOnlySet<string> calls)
{
    public const string City = "tunis";
    public const int PageSize = 50;

    public async Task<List<Measurement>> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        var channels = targets.ToDictionary(t => t.Name, t => GrpcClients.Channel(t.Grpc));
        try
        {
            foreach (var (scenario, call) in GrpcCalls().Where(c => calls.Contains(c.Item1)))
            {
                await EachAsync(scenario, "gRPC", results, progress, (target, concurrency, warmup, measure, measuring) =>
                {
                    var client = new CitiesService.CitiesServiceClient(channels[target.Name]);
                    return ClosedLoop.RunAsync(ct => call(client, ct), concurrency, warmup, measure, measuring, cancellationToken);
                });
            }

            foreach (var (scenario, path) in RestPaths().Where(c => calls.Contains(c.Item1)))
            {
                await EachAsync(scenario, "REST", results, progress, (target, concurrency, warmup, measure, measuring) =>
                    wrk.RunAsync(new Uri(target.Http, path), concurrency, warmup, measure, measuring, cancellationToken));
            }
        }
        finally
        {
            foreach (var channel in channels.Values)
            {
                channel.Dispose();
            }
        }

        return results;
    }

    private async Task EachAsync(
        string scenario, string protocol, List<Measurement> results, Action<string> progress, Func<Target, int, TimeSpan, TimeSpan, Action?, Task<LoadResult>> run)
    {
        // Each path's code is compiled to its final tier (tiered JIT, dynamic PGO) before anything is
        // recorded: a few seconds of load per target, at the middle concurrency, thrown away.
        foreach (var target in targets)
        {
            await run(target, settings.Concurrency[settings.Concurrency.Count / 2], TimeSpan.Zero, settings.JitWarmup, null);
        }

        // Interleaved: at each level the three targets run one after the other, and again, for every
        // round (the order rotates each round), so that a noisy moment of the shared machine lands on
        // one round of each target rather than on all of one target's figures. The report gives the
        // median of the rounds and their spread, and compares targets within each round.
        foreach (var concurrency in settings.Concurrency)
        {
            for (var round = 0; round < settings.Rounds; round++)
            {
                for (var i = 0; i < targets.Count; i++)
                {
                    var target = targets[(i + round) % targets.Count];
                    var (load, resources, loads) = await measured.RunAsync(measuring =>
                        run(target, concurrency, settings.RoundWarmup, settings.RoundMeasure, measuring));
                    results.Add(new Measurement(scenario, protocol, target.Name, concurrency, load, resources) { Loads = loads, Round = round });
                    progress($"{scenario} {protocol} {target.Name} c={concurrency} round {round + 1}/{settings.Rounds}: {load.Throughput:0} calls/s, " +
                        $"p50 {load.Latency.P50:0.00} ms, p99 {load.Latency.P99:0.00} ms, errors {load.Errors}, loads {loads}");
                }
            }
        }
    }

    private static IEnumerable<(string, Func<CitiesService.CitiesServiceClient, CancellationToken, Task>)> GrpcCalls()
    {
        yield return ("GetCity", async (client, ct) =>
        {
            var response = await client.GetCityAsync(new GetCityRequest { Name = $"cities/{City}" }, cancellationToken: ct);
            Check(response.City.Name == $"cities/{City}", "GetCity answered another city.");
        });
        yield return ("ListCities", async (client, ct) =>
        {
            var response = await client.ListCitiesAsync(new ListCitiesRequest { PageSize = PageSize }, cancellationToken: ct);
            Check(response.Cities.Count == PageSize, $"ListCities answered {response.Cities.Count} cities, not {PageSize}.");
        });
    }

    private static IEnumerable<(string, string)> RestPaths()
    {
        yield return ("GetCity", $"/api/v1/cities/{City}");
        yield return ("ListCities", $"/api/v1/cities?pageSize={PageSize}");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
