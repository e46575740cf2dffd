using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// Applies an integration event to this service's data. It changes tracked entities of the
/// service's <see cref="Persistence.ServiceDbContext"/> and does not save: the inbox saves the
/// change, the inbox record and any events raised in one transaction, and refuses a save or a
/// bulk write (ExecuteUpdate, raw SQL) while the handler runs. A handler may run again for a
/// message already handled (the inbox looks only after a failure): such a run fails on the
/// inbox record's key and its changes are dropped with it.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class, IIntegrationEvent
{
    /// <summary>
    /// The handler's queue after the service's name: "{service}-{Queue}". It is the queue's
    /// address on the broker, so it is written out rather than taken from the class name (a class
    /// renamed would leave its messages behind in the old queue); docs/queues.md lists every one
    /// and says how to rename one.
    /// </summary>
    static abstract string Queue { get; }

    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
