using System.Globalization;

namespace Mc2cm.Bench.Processes;

/// <summary>
/// Every process the bench started, stopped in reverse order when the run ends — normally, on
/// failure or on Ctrl-C/SIGTERM. Each one is also written to a pid file ("pid start-ticks name"),
/// so bench/run.sh can end what a killed bench left behind, and nothing else.
/// </summary>
public sealed class ProcessRegistry(string pidFile) : IAsyncDisposable
{
    private readonly List<ChildProcess> _started = [];
    private readonly Lock _gate = new();

    public ChildProcess Start(ProcessSpec spec, string logFolder)
    {
        var child = ChildProcess.Start(spec, logFolder);
        lock (_gate)
        {
            _started.Add(child);
            var start = ProcSnapshot.StartTicks(child.Pid)?.ToString(CultureInfo.InvariantCulture) ?? "0";
            File.AppendAllText(pidFile, $"{child.Pid.ToString(CultureInfo.InvariantCulture)} {start} {spec.Name}\n");
        }

        return child;
    }

    /// <summary>Stops one process now (the cold start's AppHost, say) and forgets it.</summary>
    public async Task StopAsync(ChildProcess child)
    {
        lock (_gate)
        {
            _started.Remove(child);
        }

        await child.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        List<ChildProcess> started;
        lock (_gate)
        {
            started = [.. _started];
            _started.Clear();
        }

        started.Reverse();
        foreach (var child in started)
        {
            await child.DisposeAsync();
        }

        File.Delete(pidFile);
    }
}
