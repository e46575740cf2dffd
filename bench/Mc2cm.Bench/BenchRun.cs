using System.Diagnostics;
using System.Text.Json;
using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;
using Mc2cm.Bench.Report;
using Mc2cm.Bench.Scenarios;
using Mc2cm.Bench.Scenarios.EventPath;
using Mc2cm.Bench.Scenarios.LocalRun;
using Mc2cm.Bench.Scenarios.Portal;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Bench;

/// <summary>One bench run: start everything, run the scenarios, stop everything, write the results.</summary>
public static class BenchRun
{
    /// <summary>Cities added before the reads so that a page of 50 is full (the seed has 20).</summary>
    private const int FillerCities = 40;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<string> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var startedUtc = DateTime.UtcNow;
        var clock = Stopwatch.GetTimestamp();
        var loadAtStart = MachineInfo.LoadAverage();
        var settings = options.Quick ? ScenarioSettings.Quick : ScenarioSettings.Full;
        settings = options.Levels is { } levels ? settings with { Concurrency = levels } : settings;
        settings = options.EventRates is { } rates ? settings with { EventRates = rates } : settings;
        settings = options.EventWarmup is { } eventWarmup ? settings with { EventWarmup = eventWarmup } : settings;
        var layout = new SuiteLayout(options.RepositoryRoot, options.RunFolder ?? Path.Combine(Path.GetTempPath(), $"mc2cm-bench-{startedUtc:yyyyMMdd-HHmmss}"));
        layout.Create();
        Log($"run folder {layout.RunFolder} (logs, databases, nginx.conf)");
        var diskCommit = DiskCommit.MedianMilliseconds(layout.DataFolder);
        Log($"a durable SQLite commit takes {diskCommit:0.00} ms on this disk (median of 100)");

        var coldStarts = new List<ColdStartResult>();
        List<Measurement> reads;
        List<EventPathResult> events;
        (List<OverviewAvailability> Availability, List<Measurement> Measurements) overview;
        (List<OverviewAvailability> Availability, List<Measurement> Measurements) portal;
        List<PageWeightResult> pageWeights;
        await using (var registry = new ProcessRegistry(layout.PidFile))
        {
            var suite = await Suite.StartAsync(registry, layout, cancellationToken);
            coldStarts.Add(new ColdStartResult("bench processes (broker, issuer, services, gateway, portal; no DCP, no dashboard)", true,
                suite.ColdStart.TotalSeconds, "from the first start to the last /health answering",
                suite.Processes.Values.ToDictionary(p => p.Name, p => p.ReadyAfter.TotalSeconds)
                    .Append(new("rabbitmq", suite.BrokerReadyAfter.TotalSeconds)).ToDictionary()));
            Log($"suite healthy in {suite.ColdStart.TotalSeconds:0.0} s");

            var cities = suite["cities"].Endpoints;
            var token = await CityWrites.CoordinatorTokenAsync(suite["identity"].Endpoints.Http, cancellationToken);
            await FillAsync(layout, cities.Grpc, token, cancellationToken);
            var nginx = await NginxProxy.StartAsync(registry, layout, cities, cancellationToken);
            var watched = suite.Watched.Append(new WatchedProcess("nginx", nginx.Process.Pid)).ToList();
            var measured = new MeasuredLoad(watched);
            var wrk = new Wrk(options.RepositoryRoot);
            var gateway = suite["gateway"].Endpoints;
            Target[] targets =
            [
                new(Target.Direct, cities.Grpc, cities.Http),
                new(Target.Gateway, gateway.Grpc, gateway.Http),
                new(Target.Nginx, nginx.Endpoints.Grpc, nginx.Endpoints.Http),
            ];

            reads = options.Runs("reads")
                ? await new ReadScenarios(targets, settings, measured, wrk, options.Calls ?? BenchOptions.ReadCalls.ToHashSet()).RunAsync(Log, cancellationToken) : [];
            overview = options.Runs("overview")
                ? await new OverviewScenario(gateway.Grpc, gateway.Http, settings, measured, wrk).RunAsync(Log, cancellationToken) : ([], []);
            events = options.Runs("events")
                ? await new EventPathScenario(cities.Grpc, token, layout, settings, watched).RunAsync(Log, cancellationToken) : [];
            var web = suite["web"].Endpoints.Http;
            portal = options.Runs("portal")
                ? await new PortalPages(web, settings, measured, wrk).RunAsync(Log, cancellationToken) : ([], []);
            pageWeights = options.Runs("portal") ? [await PageWeight.MeasureAsync(web, "/", cancellationToken)] : [];
            foreach (var weight in pageWeights)
            {
                Log($"page weight of {weight.Page}: first visit {weight.FirstVisitBytes / 1024.0:0.0} KB (responses: {weight.FirstVisit.Count}), " +
                    $"repeat visit {weight.RepeatVisitBytes / 1024.0:0.0} KB (responses: {weight.RepeatVisit.Count})");
            }
        }

        Log("suite stopped");
        LocalRunResult? localRun = null;
        if (options.AppHost && options.Runs("local"))
        {
            Log("cold start of the AppHost…");
            await using var registry = new ProcessRegistry(layout.PidFile);
            var apphost = new AppHostColdStart(layout, registry);
            var coldStart = await apphost.RunAsync(cancellationToken);
            coldStarts.Add(coldStart);
            Log($"AppHost: {(coldStart.Measured ? $"{coldStart.Seconds:0.0} s" : coldStart.Note)}");
            localRun = new LocalRunResult([coldStart], await new AppHostTelemetry(apphost, settings, options.Quick).RunAsync(Log, cancellationToken));
        }

        var report = new BenchReport(startedUtc, options.Quick ? "quick" : "full", options.Note, MachineInfo.Read(options.RepositoryRoot, loadAtStart, diskCommit),
            settings, coldStarts, reads, overview.Availability, overview.Measurements, events, portal.Availability, portal.Measurements, pageWeights,
            TargetChecks.Evaluate(reads, events, coldStarts, portal.Measurements, pageWeights), Stopwatch.GetElapsedTime(clock).TotalSeconds)
        {
            LocalRun = localRun,
        };
        var written = await WriteAsync(options, report, cancellationToken);
        if (!options.Keep)
        {
            Directory.Delete(layout.RunFolder, recursive: true);
        }

        return written;
    }

    /// <summary>Adds cities until a page of 50 is full, and waits for their events to reach Knowledge (this warms the event path too).</summary>
    private static async Task FillAsync(SuiteLayout layout, Uri citiesGrpc, string token, CancellationToken cancellationToken)
    {
        await using var observer = await EffectObserver.StartAsync(layout.Database("knowledge"), cancellationToken);
        using var channel = GrpcClients.Channel(citiesGrpc);
        var writes = new CityWrites(new CitiesService.CitiesServiceClient(channel), token);
        var ids = Enumerable.Range(1, FillerCities).Select(i => $"bench-filler-{i:D2}").ToList();
        foreach (var id in ids)
        {
            await writes.CreateAsync(id, cancellationToken);
        }

        var started = Stopwatch.GetTimestamp();
        while (!ids.All(id => observer.TrySeen(id, out _)))
        {
            if (Stopwatch.GetElapsedTime(started) > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException("The filler cities' events did not reach Knowledge within 60 s.");
            }

            await Task.Delay(20, cancellationToken);
        }

        Log($"{FillerCities} filler cities created; their events reached Knowledge in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s after the last write");
    }

    private static async Task<string> WriteAsync(BenchOptions options, BenchReport report, CancellationToken cancellationToken)
    {
        BenchReport? baseline = null;
        if (options.Baseline is not null)
        {
            await using var stream = File.OpenRead(options.Baseline);
            baseline = await JsonSerializer.DeserializeAsync<BenchReport>(stream, Json, cancellationToken);
        }

        Directory.CreateDirectory(options.ResultsFolder);
        var name = Path.Combine(options.ResultsFolder, $"{report.StartedUtc:yyyy-MM-dd-HHmm}{(options.Quick ? "-quick" : string.Empty)}");
        await File.WriteAllTextAsync(name + ".json", JsonSerializer.Serialize(report, Json), cancellationToken);
        await File.WriteAllTextAsync(name + ".md", MarkdownReport.Write(report, baseline) + LocalRunSection.Write(report.LocalRun), cancellationToken);
        return name + ".md";
    }

    public static void Log(string line) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {line}");
}
