using System.Diagnostics;
using System.Text.Json;
using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be published, stored in the same transaction as the change
/// that raised it. <see cref="Id"/> orders events; <see cref="MessageId"/> is the MassTransit
/// message id, the same on every re-send, so consumers' inboxes can drop duplicates.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    public Guid MessageId { get; private set; }

    /// <summary>Full CLR name of the event record, e.g. "Mc2cm.Contracts.Events.Cities.CityRegistered".</summary>
    public string EventType { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    /// <summary>Resource name of the aggregate that raised it, e.g. "cities/lisbon".</summary>
    public string AggregateName { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>W3C trace context of the request that caused the event, so the publish joins its trace.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage For(IIntegrationEvent integrationEvent, string aggregateName)
    {
        var activity = Activity.Current;
        return new OutboxMessage
        {
            MessageId = Guid.NewGuid(),
            EventType = integrationEvent.GetType().FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), OutboxJson.Options),
            AggregateName = aggregateName,
            OccurredAt = integrationEvent.OccurredAt,
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
        };
    }
}
