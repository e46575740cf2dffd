using MassTransit;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// Commits a handler's effect at most once per message id. The handler's change and the inbox
/// record commit together; only then does MassTransit acknowledge the message. A duplicate runs
/// the handler again, fails on the inbox record's key and is dropped with nothing committed. A failure leaves nothing
/// committed and goes to MassTransit's retries, then to the queue's _error queue with its reason.
/// </summary>
public sealed class InboxConsumer<TEvent, THandler>(
    ServiceDbContext db,
    THandler handler,
    InboxMetrics metrics,
    TimeProvider clock,
    ILogger<InboxConsumer<TEvent, THandler>> logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
{
    private static readonly string ConsumerName = typeof(THandler).FullName!;
    private static readonly string EventName = typeof(TEvent).Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        // Without an id a redelivery cannot be recognised: refuse it rather than risk a double effect.
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{EventName} arrived without a message id.");
        var cancellationToken = context.CancellationToken;

        // A retry of this message runs in the same scope: start from a clean unit of work.
        db.ChangeTracker.Clear();
        try
        {
            RefuseWhatNamesNoCity(context.Message);
            await HandleAsync(context.Message, cancellationToken);
            db.InboxMessages.Add(InboxMessage.Handled(messageId, ConsumerName, typeof(TEvent).FullName!, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // The inbox is asked only when something failed, not before every message: a message
            // handled before (a redelivery, a second publish) or concurrently fails at the latest
            // on the inbox record's key, and nothing of this attempt is committed. Its first
            // effect stands; this delivery is dropped.
            db.ChangeTracker.Clear();
            if (!await HandledBeforeAsync(messageId, cancellationToken))
            {
                metrics.RecordFailure(EventName);
                throw;
            }

            Skip(messageId);
            return;
        }

        metrics.RecordHandled(EventName);
        logger.LogDebug("{EventType} {MessageId} handled by {Consumer}", EventName, messageId, typeof(THandler).Name);
    }

    /// <summary>
    /// Runs the handler with its writes refused (see <see cref="HandlerWrites"/>): only the save
    /// below commits its change, together with the inbox record.
    /// </summary>
    private async Task HandleAsync(TEvent message, CancellationToken cancellationToken)
    {
        db.RunningHandler = typeof(THandler).Name;
        try
        {
            await handler.HandleAsync(message, cancellationToken);
        }
        finally
        {
            db.RunningHandler = null;
        }
    }

    /// <summary>
    /// An event about a city that names none can never be applied: refused before any handler runs,
    /// so it is parked in the error queue with this reason (not a key error from the handler's store).
    /// </summary>
    private static void RefuseWhatNamesNoCity(TEvent message)
    {
        if (message is ICityEvent { CityId: var cityId } && string.IsNullOrWhiteSpace(cityId))
        {
            throw new InvalidOperationException($"{EventName} names no city: its CityId is empty.");
        }
    }

    private void Skip(Guid messageId)
    {
        metrics.RecordDuplicate(EventName);
        logger.LogInformation("{EventType} {MessageId} skipped by {Consumer}: already handled", EventName, messageId, typeof(THandler).Name);
    }

    /// <summary>
    /// Whether this consumer's inbox holds the message. A lookup that fails cannot tell: the answer is
    /// no, so the message is retried with the handler's own failure as its reason, not the lookup's.
    /// </summary>
    private async Task<bool> HandledBeforeAsync(Guid messageId, CancellationToken cancellationToken)
    {
        try
        {
            return await db.InboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == messageId && m.Consumer == ConsumerName, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{EventType} {MessageId}: the inbox lookup after a failure failed too", EventName, messageId);
            return false;
        }
    }
}
