using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mc2cm.BuildingBlocks.Resync;

/// <summary>
/// Refreshes a local copy of another service's data: at start, retrying with a back-off from 1 s
/// doubling to 30 s until the source answers, then every <see cref="Interval"/>. Events keep such
/// copies current between passes; a pass covers what no event can (facts published before this
/// service's queues existed, or parked in an error queue).
/// </summary>
public abstract class PeriodicResync(TimeProvider clock, ILogger logger) : BackgroundService
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    protected TimeProvider Clock => clock;

    /// <summary>What a pass does, for the log: "City sync", "Copying published evidence".</summary>
    protected abstract string Pass { get; }

    /// <summary>The time between successful passes.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>One pass; it logs what it copied.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retry = FirstRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait;
            try
            {
                await RunOnceAsync(stoppingToken);
                (wait, retry) = (Interval, FirstRetry);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("{Pass} failed, retrying in {Delay}: {Reason}", Pass, retry, ex.Message);
                (wait, retry) = (retry, TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks)));
            }

            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
