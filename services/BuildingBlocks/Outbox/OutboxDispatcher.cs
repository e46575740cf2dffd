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
/// confirms. A message is marked sent only after that confirmation; the marks of several passes
/// share one commit (<see cref="OutboxOptions.MarkBatchSize"/>), and until then the dispatcher
/// remembers what it published, so it never publishes a message twice while it runs.
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
    /// <summary>
    /// Messages the broker confirmed and the database does not yet call sent, by pass: when each
    /// pass's confirmations were all in (its messages' SentAt), and their ids. Only the dispatcher's
    /// loop touches it. If the process dies before they are marked, they are published again after
    /// restart and the consumers' inboxes drop the duplicates (same message id).
    /// </summary>
    private readonly List<(DateTimeOffset ConfirmedAt, List<long> Ids)> _unmarked = [];
    private int _unmarkedCount;

    /// <summary>
    /// The highest id among <see cref="_unmarked"/> (0 when every confirmed message is marked): a pass
    /// reads past it, since below it every unsent row was published or made its pass fail (which
    /// marks at once). A row committed late with a lower id (possible on SQL Server, not on SQLite,
    /// whose writers take turns) is read by the first full pass after the next marking.
    /// </summary>
    private long _publishedUpTo;

    /// <summary>
    /// A publish failed while marks wait (and their commit failed too): the next passes read from the
    /// start, skipping the remembered rows, so the failed row goes out before any later one of its aggregate.
    /// </summary>
    private bool _readFromStart;

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
                    // With marks waiting, the next pass (which writes them) starts when they are due at the latest.
                    var wait = options.Value.SweepInterval;
                    if (_unmarkedCount > 0 && MarksDueIn() is var due && due < wait)
                    {
                        wait = due > TimeSpan.Zero ? due : TimeSpan.Zero;
                    }

                    await signal.WaitAsync(wait, stoppingToken);
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

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (ExecuteTask is not { IsCompleted: true })
        {
            return; // the stop's own deadline passed first; the loop may still hold the marks
        }

        // What was confirmed is marked before the process ends, so a restart does not send it again.
        try
        {
            await MarkSentAsync(cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Marking {Count} published outbox messages sent at stop failed; they will be published again", _unmarkedCount);
        }
    }

    /// <summary>Publishes unsent messages batch by batch; true when none is left.</summary>
    private async Task<bool> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
            // Published rows not yet marked are still unsent in the database: read past them.
            var after = _readFromStart ? 0 : _publishedUpTo;
            var rows = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.SentAt == null && m.Id > after)
                .OrderBy(m => m.Id)
                .Take(options.Value.BatchSize)
                .ToListAsync(cancellationToken);
            var batch = _readFromStart ? rows.Where(m => !_unmarked.Any(p => p.Ids.Contains(m.Id))).ToList() : rows;

            // Each aggregate's events go out one after the other, in commit order; the aggregates of a
            // batch go side by side, so a busy outbox does not wait one broker confirmation per event.
            var chains = await Task.WhenAll(batch.GroupBy(m => m.AggregateName, StringComparer.Ordinal)
                .Select(events => PublishInOrderAsync(events, cancellationToken)));
            Confirmed([.. chains.SelectMany(c => c.Sent)]);
            var failed = chains.Where(c => c.Failed is not null).ToList();
            var drained = rows.Count < options.Value.BatchSize && failed.Count == 0;
            _readFromStart |= failed.Count > 0;
            // A failure or a backlog: marked now, so that what is counted below is what is left. A
            // marking that fails fails the pass: the marks stay remembered and the pass backs off.
            if (!drained || _unmarkedCount >= options.Value.MarkBatchSize || (_unmarkedCount > 0 && MarksDueIn() <= TimeSpan.Zero))
            {
                await MarkSentAsync(cancellationToken);
            }

            foreach (var chain in failed)
            {
                await RecordFailureAsync(db, chain.Failed!, chain.Failure!, cancellationToken);
            }

            if (drained)
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

    /// <summary>How long until the oldest confirmation waiting for its mark is <see cref="OutboxOptions.MarkDelay"/> old.</summary>
    private TimeSpan MarksDueIn() => _unmarked[0].ConfirmedAt + options.Value.MarkDelay - clock.GetUtcNow();

    private void Confirmed(List<long> ids)
    {
        if (ids.Count > 0)
        {
            _unmarked.Add((clock.GetUtcNow(), ids));
            _unmarkedCount += ids.Count;
            _publishedUpTo = Math.Max(_publishedUpTo, ids.Max());
            metrics.Published(ids.Count);
        }
    }

    /// <summary>Marks every confirmed message sent, in one commit (a statement per pass: each keeps its confirmation time).</summary>
    private async Task MarkSentAsync(CancellationToken cancellationToken)
    {
        if (_unmarked.Count == 0)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        using (await SqliteWriteGate.EnterAsync(db, cancellationToken))
        {
            // The provider's execution strategy (SQL Server retries) owns the transaction: on a retry it runs all of it again.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                foreach (var (confirmedAt, ids) in _unmarked)
                {
                    await db.OutboxMessages.Where(m => ids.Contains(m.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, confirmedAt), CancellationToken.None);
                }

                await transaction.CommitAsync(CancellationToken.None);
            });
        }

        _unmarked.Clear();
        _unmarkedCount = 0;
        _publishedUpTo = 0;
        _readFromStart = false;
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
