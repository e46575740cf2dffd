using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios;

/// <summary>One measured run: what was called, how, through which target, at which concurrency, and its figures.</summary>
/// <param name="Protocol">"gRPC" or "REST".</param>
public sealed record Measurement(string Scenario, string Protocol, string Target, int Concurrency, LoadResult Load, IReadOnlyList<ProcessFigures> Resources)
{
    /// <summary>The machine's load average before and after the run (absent in results written before it was recorded).</summary>
    public MachineLoad? Loads { get; init; }
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
