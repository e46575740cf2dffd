using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// Applies an integration event to this service's data. It changes tracked entities of the
/// service's <see cref="Persistence.ServiceDbContext"/> and does not save: the inbox saves the
/// change, the inbox record and any events raised in one transaction. A handler may run again
/// for a message already handled (the inbox looks only after a failure): such a run fails on the
/// inbox record's key and its changes are dropped with it, so a handler must not write outside
/// that unit of work (no ExecuteUpdate, no SaveChanges of its own).
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class, IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
