using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// Applies an integration event to this service's data. It changes tracked entities of the
/// service's <see cref="Persistence.ServiceDbContext"/> and does not save: the inbox saves the
/// change, the inbox record and any events raised in one transaction.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : class, IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
