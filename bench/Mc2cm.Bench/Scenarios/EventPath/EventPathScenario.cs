using System.Diagnostics;
using System.Globalization;
using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Bench.Scenarios.EventPath;

/// <summary>
/// The event path at steady rates: the bench creates cities on the Cities service (gRPC, direct,
/// coordinator token) on an open-loop schedule; each commits CityRegistered to Cities' outbox,
/// which publishes it to RabbitMQ; Knowledge's consumer commits a draft profile with its inbox
/// record. Measured: from each write's due time to that profile being visible in Knowledge's
/// database (and the services' own stamps, which split the path). Every consumer of the event —
/// Knowledge, Dialogue and Action keep their copies of the cities — runs as usual.
/// </summary>
public sealed class EventPathScenario(Uri citiesGrpc, string token, SuiteLayout layout, ScenarioSettings settings, IReadOnlyList<WatchedProcess> watched)
{
    private const int WarmupRate = 200;

    public async Task<List<EventPathResult>> RunAsync(Action<string> progress, CancellationToken cancellationToken)
    {
        var results = new List<EventPathResult>();
        using var channel = GrpcClients.Channel(citiesGrpc);
        var writes = new CityWrites(new CitiesService.CitiesServiceClient(channel), token);
        foreach (var rate in settings.EventRates)
        {
            var result = await RunRateAsync(writes, rate, progress, cancellationToken);
            results.Add(result);
            progress($"event path {rate}/s: {result.Verdict}; observed p50 {result.Observed.P50:0.0} ms, p99 {result.Observed.P99:0.0} ms, " +
                $"effects {result.EffectsPerSecond:0}/s, backlog at end {result.BacklogAtEnd}, drained in {result.DrainSeconds:0.00} s");
        }

        return results;
    }

    private async Task<EventPathResult> RunRateAsync(CityWrites writes, int rate, Action<string> progress, CancellationToken cancellationToken)
    {
        var prefix = $"ev{rate.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid().ToString("N")[..6]}-";
        string CityId(long n) => prefix + n.ToString("D6", CultureInfo.InvariantCulture);
        var loadBefore = MachineLoad.Now();
        await using var observer = await EffectObserver.StartAsync(layout.Database("knowledge"), cancellationToken);

        // Warm-up, thrown away: writes at the measured rate, capped at 200/s (which every consumer keeps
        // up with, so the warm-up leaves no backlog), for the JIT to compile the code paths of that rate
        // to their final tier; then every effect of it is awaited and the consumers get a moment to
        // finish. The window starts from a warm, idle suite.
        string WarmupId(long n) => prefix + "w" + n.ToString("D6", CultureInfo.InvariantCulture);
        var warmup = new PacedWrites(Math.Min(rate, WarmupRate), settings.EventWarmup);
        await warmup.RunAsync(n => writes.CreateAsync(WarmupId(n), cancellationToken), cancellationToken);
        await DrainAsync(observer, warmup.Writes.Where(w => !w.Failed).Select(w => WarmupId(w.Number)), cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);

        // Announced, so that a profiler (bench/event-profile.sh) can attach to the measured window only.
        progress($"event path {rate}/s: warm-up done, measuring for {settings.EventMeasure.TotalSeconds:0} s");
        var paced = new PacedWrites(rate, settings.EventMeasure);
        var window = ResourceWindow.Start(watched);
        try
        {
            var (from, to) = await paced.RunAsync(n => writes.CreateAsync(CityId(n), cancellationToken), cancellationToken);
            var resources = await window.StopAsync();
            var loads = new MachineLoad(loadBefore, MachineLoad.Now());
            var measured = paced.Writes.OrderBy(w => w.Number).ToList();
            var expected = measured.Where(w => !w.Failed).ToList();
            var drainedAt = await DrainAsync(observer, expected.Select(w => CityId(w.Number)), cancellationToken);
            var stamps = await EventStamps.ReadAsync(layout.Database("cities"), layout.Database("knowledge"), prefix, cancellationToken);
            return Summarize(rate, paced, measured, expected, CityId, observer, stamps, from, to, drainedAt, resources) with { Loads = loads };
        }
        finally
        {
            await window.DisposeAsync();
        }
    }

    /// <summary>Waits until every expected effect is seen, or the drain time has passed; returns when the last one was seen.</summary>
    private async Task<long> DrainAsync(EffectObserver observer, IEnumerable<string> cityIds, CancellationToken cancellationToken)
    {
        var waiting = cityIds.ToHashSet(StringComparer.Ordinal);
        var started = Stopwatch.GetTimestamp();
        while (waiting.Count > 0 && Stopwatch.GetElapsedTime(started) < settings.EventDrain)
        {
            waiting.RemoveWhere(id => observer.TrySeen(id, out _));
            await Task.Delay(EffectObserver.PollInterval, cancellationToken);
        }

        return Stopwatch.GetTimestamp();
    }

    private EventPathResult Summarize(
        int rate, PacedWrites paced, List<PacedWrite> measured, List<PacedWrite> expected, Func<long, string> cityId,
        EffectObserver observer, Dictionary<string, EventStamp> stamps, long from, long to, long drainedAt, IReadOnlyList<ProcessFigures> resources)
    {
        var seconds = settings.EventMeasure.TotalSeconds;
        var writeCall = new LatencyHistogram();
        var observed = new LatencyHistogram();
        var seenAt = new List<(PacedWrite Write, long At)>();
        foreach (var write in expected)
        {
            writeCall.RecordBetween(write.DueAt, write.AnsweredAt!.Value);
            if (observer.TrySeen(cityId(write.Number), out var at))
            {
                observed.RecordBetween(write.DueAt, at);
                seenAt.Add((write, at));
            }
        }

        var missing = expected.Count - seenAt.Count;
        var backlog = expected.Count - seenAt.Count(s => s.At <= to);
        var lastSeen = seenAt.Count == 0 ? to : seenAt.Max(s => s.At);
        var drain = Math.Max(0, Stopwatch.GetElapsedTime(to, missing > 0 ? drainedAt : lastSeen).TotalSeconds);
        var effects = seenAt.Count(s => s.At >= from && s.At <= to) / seconds;
        var fifth = Math.Max(1, seenAt.Count / 5);
        double P50(IEnumerable<(PacedWrite Write, long At)> part) =>
            SamplePercentiles.Of(part.Select(s => Stopwatch.GetElapsedTime(s.Write.DueAt, s.At).TotalMilliseconds))?.P50 ?? 0;

        var clock = WallClock.Now();
        var stamped = expected.Select(w => (Write: w, Stamp: stamps.GetValueOrDefault(cityId(w.Number)))).Where(s => s.Stamp is not null).ToList();
        var writeErrors = measured.Count(w => w.Failed);
        var keptUp = paced.NotSent == 0 && writeErrors == 0 && missing == 0 && effects >= 0.95 * rate && drain <= 1.0;
        var verdict = keptUp ? "kept up"
            : $"did not keep up ({string.Join(", ", new[] {
                paced.NotSent > 0 ? $"{paced.NotSent} writes not sent" : null,
                writeErrors > 0 ? $"{writeErrors} writes failed" : null,
                missing > 0 ? $"{missing} effects missing after {settings.EventDrain.TotalSeconds:0} s" : null,
                effects < 0.95 * rate ? $"{effects:0} effects/s of {rate}" : null,
                drain > 1.0 ? $"backlog took {drain:0.0} s to drain" : null,
            }.Where(r => r is not null))})";

        return new EventPathResult(
            rate, seconds, measured.Count + paced.NotSent, paced.NotSent, writeErrors, effects,
            writeCall.Percentiles(), observed.Percentiles(),
            SamplePercentiles.Of(stamped.Where(s => s.Stamp!.Handled is not null).Select(s => (s.Stamp!.Handled!.Value - clock.At(s.Write.DueAt)).TotalMilliseconds)),
            SamplePercentiles.Of(stamped.Where(s => s.Stamp!.Sent is not null).Select(s => (s.Stamp!.Sent!.Value - s.Stamp.Occurred).TotalMilliseconds)),
            SamplePercentiles.Of(stamped.Where(s => s.Stamp!.Sent is not null && s.Stamp.Handled is not null).Select(s => (s.Stamp!.Handled!.Value - s.Stamp.Sent!.Value).TotalMilliseconds)),
            backlog, drain, missing, P50(seenAt.Take(fifth)), P50(seenAt.TakeLast(fifth)), keptUp, verdict, paced.FirstError, resources);
    }
}

/// <summary>Turns Stopwatch timestamps into UTC wall-clock times, to compare with the services' stamps.</summary>
public sealed record WallClock(DateTime Utc, long Timestamp)
{
    public static WallClock Now() => new(DateTime.UtcNow, Stopwatch.GetTimestamp());

    public DateTime At(long timestamp) => Utc + Stopwatch.GetElapsedTime(Timestamp, timestamp);
}
