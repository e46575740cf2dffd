namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// A message a consumer has handled, recorded in the same transaction as the consumer's own
/// change: a redelivery of the same message id finds it and has no second effect.
/// </summary>
public sealed class InboxMessage
{
    public Guid MessageId { get; private set; }

    /// <summary>The handler that handled it; two handlers of one event each have their own record.</summary>
    public string Consumer { get; private set; } = string.Empty;

    public string EventType { get; private set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; private set; }

    public static InboxMessage Handled(Guid messageId, string consumer, string eventType, DateTimeOffset at) =>
        new() { MessageId = messageId, Consumer = consumer, EventType = eventType, ProcessedAt = at };
}
