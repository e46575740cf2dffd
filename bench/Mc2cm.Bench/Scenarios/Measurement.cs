using Mc2cm.Bench.Load;
using Mc2cm.Bench.Processes;

namespace Mc2cm.Bench.Scenarios;

/// <summary>One measured run: what was called, how, through which target, at which concurrency, and its figures.</summary>
/// <param name="Protocol">"gRPC" or "REST".</param>
public sealed record Measurement(string Scenario, string Protocol, string Target, int Concurrency, LoadResult Load, IReadOnlyList<ProcessFigures> Resources);

/// <summary>Runs a load with the processes' CPU and memory measured over its measured window only (not the warm-up).</summary>
public sealed class MeasuredLoad(IReadOnlyList<WatchedProcess> watched)
{
    public async Task<(LoadResult Load, IReadOnlyList<ProcessFigures> Resources)> RunAsync(Func<Action, Task<LoadResult>> run)
    {
        ResourceWindow? window = null;
        try
        {
            var load = await run(() => window = ResourceWindow.Start(watched));
            return (load, window is null ? [] : await window.StopAsync());
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
