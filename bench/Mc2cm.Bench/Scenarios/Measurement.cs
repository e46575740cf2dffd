using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios;

/// <summary>One measured run: what was called, how, through which target, at which concurrency, and its figures.</summary>
/// <param name="Protocol">"gRPC" or "REST".</param>
public sealed record Measurement(string Scenario, string Protocol, string Target, int Concurrency, LoadResult Load, IReadOnlyList<ProcessFigures> Resources)
{
    /// <summary>The machine's load average before and after the run (absent in results written before it was recorded).</summary>
    public MachineLoad? Loads { get; init; }

    /// <summary>Which round of an interleaved comparison this run was (0 for a scenario that runs once).</summary>
    public int Round { get; init; }

    /// <summary>
    /// CPU time of one watched process per completed call, in µs: what a call costs it, whatever the
    /// machine's load did to the rate. Null when the process was not watched or nothing completed.
    /// </summary>
    public double? CpuMicrosecondsPerCall(string process) =>
        Resources.FirstOrDefault(p => p.Name == process) is { } figures && Load.Completed > 0 ? figures.CpuSeconds * 1e6 / Load.Completed : null;
}

/// <summary>
/// The 1-minute load average before a scenario (warm-up included) and after it: a run that started
/// above the core count shared the machine with other work, and its figures say so.
/// </summary>
public sealed record MachineLoad(double Before, double After)
{
    public static double Now() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

    public bool StartedBusy => Before > Environment.ProcessorCount;

    public override string ToString() => $"{Before:0.0} → {After:0.0}{(StartedBusy ? " (busy)" : string.Empty)}";
}

/// <summary>Runs a load with the processes' CPU and memory measured over its measured window only (not the warm-up).</summary>
public sealed class MeasuredLoad(IReadOnlyList<WatchedProcess> watched)
{
    public async Task<(LoadResult Load, IReadOnlyList<ProcessFigures> Resources, MachineLoad Loads)> RunAsync(Func<Action, Task<LoadResult>> run)
    {
        ResourceWindow? window = null;
        var before = MachineLoad.Now();
        try
        {
            var load = await run(() => window = ResourceWindow.Start(watched));
            return (load, window is null ? [] : await window.StopAsync(), new MachineLoad(before, MachineLoad.Now()));
        }
        finally
        {
            if (window is not null)
            {
                await window.DisposeAsync();
            }
        }
    }
}
