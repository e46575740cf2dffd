using System.Net;
using Mc2cm.Bench.Load;

namespace Mc2cm.Bench.Scenarios.Portal;

/// <summary>
/// Pages of the portal under load, through the whole chain: wrk asks the portal for a page, which
/// the portal renders from its calls to the gateway, which asks the services. Each page is probed
/// first: a page that does not answer 200 with every part rendered is reported, not measured, as
/// its figures would time the failure path.
/// </summary>
public sealed class PortalPages(Uri portal, ScenarioSettings settings, MeasuredLoad measured, Wrk wrk)
{
    public const string Target = "portal";
    public const string Protocol = "HTML";
    public const string CityPage = "CityPage";
    public const string ComparePage = "ComparePage";

    /// <summary>The issue's levels: one visitor, and sixteen at once.</summary>
    public static readonly IReadOnlyList<int> Concurrency = [1, 16];

    /// <summary>A part the portal could not get from the gateway shows this note instead of its data.</summary>
    private const string PartUnavailable = "data-testid=\"part-unavailable\"";

    /// <summary>Seeded cities; only Tunis and Lisbon have a population figure, the others are rendered as gaps.</summary>
    private static readonly string[] ComparedCities = ["tunis", "lisbon", "sfax", "sousse", "rabat", "casablanca"];

    public async Task<(List<OverviewAvailability> Availability, List<Measurement> Measurements)> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var availability = new List<OverviewAvailability>();
        var results = new List<Measurement>();
        foreach (var (scenario, path, mustShow) in Pages())
        {
            var url = new Uri(portal, path);
            var probe = await ProbeAsync(scenario, url, mustShow, cancellationToken);
            availability.Add(probe);
            progress($"{scenario}: {probe.Note}");
            if (!probe.Available)
            {
                continue;
            }

            // As for the reads: the JIT's tiers first, thrown away; then a warm-up before each window.
            await wrk.RunAsync(url, Concurrency[^1], TimeSpan.Zero, settings.JitWarmup, null, cancellationToken);
            foreach (var concurrency in Concurrency)
            {
                var (load, resources, loads) = await measured.RunAsync(measuring => wrk.RunAsync(url, concurrency, settings.Warmup, settings.Measure, measuring, cancellationToken));
                results.Add(new Measurement(scenario, Protocol, Target, concurrency, load, resources) { Loads = loads });
                progress($"{scenario} c={concurrency}: {load.Throughput:0} pages/s, p50 {load.Latency.P50:0.00} ms, p95 {load.Latency.P95:0.00} ms, " +
                    $"p99 {load.Latency.P99:0.00} ms, errors {load.Errors}");
            }
        }

        // The signed-in editor: a page with a form, and its post.
        var (editorAvailability, editor) = await new ProfileEditor(portal, settings, measured, wrk).RunAsync(progress, cancellationToken);
        availability.AddRange(editorAvailability);
        results.AddRange(editor);
        return (availability, results);
    }

    private static IEnumerable<(string Scenario, string Path, string MustShow)> Pages()
    {
        yield return (CityPage, $"/cities/{ReadScenarios.City}", "data-testid=\"city-details\"");
        yield return (ComparePage, $"/compare?indicator=population-total&{string.Join('&', ComparedCities.Select(c => $"cities={c}"))}",
            "data-testid=\"comparison-table\"");
    }

    private static async Task<OverviewAvailability> ProbeAsync(string scenario, Uri url, string mustShow, CancellationToken cancellationToken)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(url, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var failure = response.StatusCode != HttpStatusCode.OK ? $"answered {(int)response.StatusCode}"
            : !html.Contains(mustShow, StringComparison.Ordinal) ? $"rendered without {mustShow}"
            : html.Contains(PartUnavailable, StringComparison.Ordinal) ? "rendered a part as unavailable (a gateway call failed)"
            : null;
        return failure is null
            ? new OverviewAvailability(scenario, true, $"GET {url.PathAndQuery}: every part rendered; measured through portal → gateway → services")
            : new OverviewAvailability(scenario, false, $"not measured: GET {url.PathAndQuery} {failure}");
    }
}
