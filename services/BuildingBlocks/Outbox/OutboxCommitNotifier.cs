using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>After a save that committed outbox messages, counts their events and wakes the dispatcher.</summary>
/// <remarks>
/// Inside an explicit transaction the rows become visible only at commit; the dispatcher then
/// finds them at its next sweep. The suite's writes are single SaveChanges calls.
/// </remarks>
internal sealed class OutboxCommitNotifier(OutboxSignal signal, DomainEventMetrics metrics, OutboxCommitFault fault)
    : SaveChangesInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Announce(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Announce(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is ServiceDbContext { UnannouncedEvents.Count: > 0 } serviceContext)
        {
            metrics.Committed(serviceContext.UnannouncedEvents);
            serviceContext.UnannouncedEvents = [];
            // The fault suite's crash between commit and publish; inert unless a test arms it.
            fault.StrikeAfterCommit();
            signal.Notify();
        }
    }
}
