using System.Diagnostics;
using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// Publishes one outbox message through MassTransit and returns once the broker has confirmed
/// it (publisher confirms are on by default on RabbitMQ). The publish joins the trace of the
/// request that caused the event, so consumers end up in that trace too.
/// </summary>
public sealed class OutboxPublisher(IBus bus, IntegrationEventTypes types, IOptions<OutboxOptions> options, ILogger<OutboxPublisher> logger)
{
    public const string ActivitySourceName = "Mc2cm.Outbox";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    public async Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var type = types.Resolve(message.EventType);
        var payload = JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");

        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = Source.StartActivity($"outbox publish {type.Name}", ActivityKind.Producer, parent);
        activity?.SetTag("messaging.message.id", message.MessageId.ToString());
        activity?.SetTag("mc2cm.aggregate", message.AggregateName);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        await bus.Publish(payload, type, Pipe.Execute<PublishContext>(context => context.MessageId = message.MessageId), timeout.Token);
        logger.LogDebug("{EventType} {MessageId} of {Aggregate} published", type.Name, message.MessageId, message.AggregateName);
    }
}
