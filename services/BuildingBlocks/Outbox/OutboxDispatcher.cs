using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// Publishes committed outbox messages, each aggregate's in the order they were written: right
/// after a commit announces them, and on every sweep for anything left over (a broker outage, a
/// crash between commit and publish). Different aggregates' events are published side by side;
/// a failed publish stops its aggregate's chain and the pass, so a later event of an aggregate
/// never overtakes an earlier one; the pass is retried with a growing back-off until the broker
/// confirms. A message is marked sent only after that confirmation.
/// </summary>
internal sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxPublisher publisher,
    OutboxSignal signal,
    OutboxMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var drained = false;
            try
            {
                drained = await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox pass failed; retrying");
            }

            try
            {
                if (drained)
                {
                    failures = 0;
                    await signal.WaitAsync(options.Value.SweepInterval, stoppingToken);
                }
                else
                {
                    failures++;
                    await Task.Delay(Backoff(failures), clock, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Publishes unsent messages batch by batch; true when none is left.</summary>
    private async Task<bool> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            var batch = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.SentAt == null)
                .OrderBy(m => m.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);

            // Each aggregate's events go out one after the other, in commit order; the aggregates of a
            // batch go side by side, so a busy outbox does not wait one broker confirmation per event.
            var chains = await Task.WhenAll(batch.GroupBy(m => m.AggregateName, StringComparer.Ordinal)
                .Select(events => PublishInOrderAsync(events, cancellationToken)));
            await MarkSentAsync(db, [.. chains.SelectMany(c => c.Sent)], cancellationToken);
            var failed = chains.Where(c => c.Failed is not null).ToList();
            foreach (var chain in failed)
            {
                await RecordFailureAsync(db, chain.Failed!, chain.Failure!, cancellationToken);
            }

            if (batch.Count < options.Value.BatchSize && failed.Count == 0)
            {
                // Drained: nothing this pass saw is left, and a commit since then signals the next
                // pass. The backlog is counted only while one is left (a failure, a full batch), not
                // after every pass (under load, a pass per commit, each with two more queries).
                metrics.Refresh(0, null);
                return true;
            }

            await RefreshMetricsAsync(db, cancellationToken);
            if (failed.Count > 0)
            {
                return false;
            }
        }
    }

    /// <summary>Publishes one aggregate's events in order, stopping at the first that fails.</summary>
    private async Task<PublishedChain> PublishInOrderAsync(IEnumerable<OutboxMessage> events, CancellationToken cancellationToken)
    {
        var sent = new List<long>();
        foreach (var message in events)
        {
            try
            {
                await publisher.PublishAsync(message, cancellationToken);
                sent.Add(message.Id);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return new PublishedChain(sent, message, ex);
            }
        }

        return new PublishedChain(sent, null, null);
    }

    private async Task MarkSentAsync(ServiceDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow();
        // If the process dies before this update, the messages are published again after restart:
        // consumers' inboxes drop the duplicates (same message id).
        using (await SqliteWriteGate.EnterAsync(db, CancellationToken.None))
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now), CancellationToken.None);
        }

        metrics.Published(ids.Count);
    }

    private async Task RecordFailureAsync(ServiceDbContext db, OutboxMessage message, Exception failure, CancellationToken cancellationToken)
    {
        metrics.PublishFailed();
        logger.LogWarning("Publishing outbox message {MessageId} ({EventType}, attempt {Attempt}) failed: {Reason}",
            message.MessageId, message.EventType, message.Attempts + 1, failure.Message);
        var reason = failure.GetType().Name + ": " + failure.Message;
        using var turn = await SqliteWriteGate.EnterAsync(db, cancellationToken);
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                  .SetProperty(m => m.LastError, reason.Length > 2000 ? reason[..2000] : reason),
            cancellationToken);
    }

    private async Task RefreshMetricsAsync(ServiceDbContext db, CancellationToken cancellationToken)
    {
        var unsent = db.OutboxMessages.Where(m => m.SentAt == null);
        var backlog = await unsent.LongCountAsync(cancellationToken);
        var oldest = backlog == 0 ? null
            : await unsent.OrderBy(m => m.Id).Select(m => (DateTimeOffset?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        metrics.Refresh(backlog, oldest);
    }

    private sealed record PublishedChain(List<long> Sent, OutboxMessage? Failed, Exception? Failure);

    private TimeSpan Backoff(int failures)
    {
        var initial = options.Value.InitialBackoff;
        var exponent = Math.Min(failures - 1, 16);
        var delay = TimeSpan.FromTicks(initial.Ticks * (1L << exponent));
        return delay < options.Value.MaxBackoff ? delay : options.Value.MaxBackoff;
    }
}
