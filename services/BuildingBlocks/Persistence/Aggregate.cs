using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// A consistency boundary stored as one unit. Its <see cref="Version"/> is the concurrency
/// token behind its etag, and the events it raises are written to the outbox in the same
/// transaction as its change.
/// </summary>
public abstract class Aggregate
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    /// <summary>Grows by one with every change; a write based on an older version is refused.</summary>
    public long Version { get; private set; } = 1;

    /// <summary>The aggregate's resource name, e.g. "cities/lisbon": the key that orders its events.</summary>
    public abstract string ResourceName { get; }

    /// <summary>Events raised since the last save; the save moves them to the outbox.</summary>
    public IReadOnlyList<IIntegrationEvent> PendingEvents => _pendingEvents;

    /// <summary>Records that the aggregate changed: bumps the version and queues the event.</summary>
    /// <returns>The new version, for events that carry it.</returns>
    protected long Changed(IIntegrationEvent? integrationEvent = null)
    {
        Version++;
        Raise(integrationEvent);
        return Version;
    }

    /// <summary>Queues an event without a change of version (e.g. on creation).</summary>
    protected void Raise(IIntegrationEvent? integrationEvent)
    {
        if (integrationEvent is not null)
        {
            _pendingEvents.Add(integrationEvent);
        }
    }

    internal void ClearPendingEvents() => _pendingEvents.Clear();
}
