using System.Diagnostics;

namespace Mc2cm.Bench.Processes;

/// <summary>A process to watch during a measurement, with its descendants.</summary>
public sealed record WatchedProcess(string Name, int Pid);

/// <summary>
/// CPU used during a window (seconds, and percent of one core) and the peak resident memory;
/// <paramref name="JitCpuSeconds"/> is the part of that CPU the JIT's tiered compilation used: a
/// young process still optimizing its hot methods, a one-off cost rather than one of the work.
/// </summary>
public sealed record ProcessFigures(string Name, double CpuSeconds, double CpuPercent, double PeakRssMb, double JitCpuSeconds = 0);

/// <summary>
/// Measures the CPU time and peak memory of every watched process tree over one measurement
/// window, plus the load generator's (the bench process itself and the children it waited for,
/// such as wrk). Memory is sampled every 250 ms; CPU is the difference of /proc's counters. The
/// JIT's tiered-compilation threads are followed at each sample: a thread that started and ended
/// between two samples is missed, so the JIT's share is a lower bound.
/// </summary>
public sealed class ResourceWindow : IAsyncDisposable
{
    public const string LoadGenerator = "load generator";
    private static readonly TimeSpan SampleEvery = TimeSpan.FromMilliseconds(250);

    private readonly IReadOnlyList<WatchedProcess> _watched;
    private readonly Dictionary<string, double> _startCpu = [];
    private readonly Dictionary<string, long> _peakRss = [];
    private readonly Dictionary<string, Dictionary<int, (double First, double Last)>> _jitThreads = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly long _startedAt = Stopwatch.GetTimestamp();
    private readonly Task _sampler;

    private ResourceWindow(IReadOnlyList<WatchedProcess> watched)
    {
        _watched = watched;
        foreach (var (name, usage) in Read(ProcSnapshot.Take()))
        {
            _startCpu[name] = usage.CpuSeconds;
            _peakRss[name] = usage.ResidentBytes;
        }

        FollowJit(snapshot: null, atStart: true);
        _sampler = SampleAsync(_stop.Token);
    }

    public static ResourceWindow Start(IReadOnlyList<WatchedProcess> watched) => new(watched);

    public async Task<IReadOnlyList<ProcessFigures>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        var wall = Stopwatch.GetElapsedTime(_startedAt).TotalSeconds;
        var snapshot = ProcSnapshot.Take();
        var end = Read(snapshot);
        FollowJit(snapshot, atStart: false);
        return end.Select(e =>
        {
            Track(e.Name, e.Usage.ResidentBytes);
            var cpu = Math.Max(0, e.Usage.CpuSeconds - _startCpu.GetValueOrDefault(e.Name));
            var jit = _jitThreads.TryGetValue(e.Name, out var threads) ? threads.Values.Sum(t => t.Last - t.First) : 0;
            return new ProcessFigures(e.Name, cpu, wall > 0 ? cpu / wall * 100 : 0, _peakRss[e.Name] / 1024.0 / 1024.0, Math.Min(jit, cpu));
        }).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _sampler;
        }

        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(SampleEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var snapshot = ProcSnapshot.Take();
                foreach (var (name, usage) in Read(snapshot))
                {
                    Track(name, usage.ResidentBytes);
                }

                FollowJit(snapshot, atStart: false);
            }
        }
        catch (OperationCanceledException)
        {
            // The window closed.
        }
    }

    /// <summary>Notes each watched process's tiered-compilation threads: one seen first after the start began in the window.</summary>
    private void FollowJit(ProcSnapshot? snapshot, bool atStart)
    {
        snapshot ??= ProcSnapshot.Take();
        foreach (var process in _watched)
        {
            var followed = _jitThreads.TryGetValue(process.Name, out var known) ? known : _jitThreads[process.Name] = [];
            foreach (var (tid, seconds) in ProcSnapshot.TieredCompilationThreads(snapshot.TreeOf(process.Pid)))
            {
                followed[tid] = followed.TryGetValue(tid, out var seen) ? seen with { Last = seconds } : (atStart ? seconds : 0, seconds);
            }
        }
    }

    private void Track(string name, long rss) => _peakRss[name] = Math.Max(_peakRss.GetValueOrDefault(name), rss);

    private List<(string Name, ProcessUsage Usage)> Read(ProcSnapshot snapshot)
    {
        var result = new List<(string, ProcessUsage)>();
        var watchedPids = new HashSet<int>();
        foreach (var process in _watched)
        {
            var tree = snapshot.TreeOf(process.Pid);
            watchedPids.UnionWith(tree);
            result.Add((process.Name, snapshot.Usage(tree)));
        }

        // The bench itself, with the CPU of the children it has waited for (wrk), and the memory of
        // its unwatched children (a running wrk).
        var self = Environment.ProcessId;
        var own = snapshot.Usage([self], withWaitedChildren: true);
        var others = snapshot.Usage(snapshot.TreeOf(self).Skip(1).Where(pid => !watchedPids.Contains(pid)));
        result.Add((LoadGenerator, new ProcessUsage(own.CpuSeconds, own.ResidentBytes + others.ResidentBytes)));
        return result;
    }
}
