using System.Text.Json;
using RabbitMQ.Client;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>
/// Publishes an event the way MassTransit does (its JSON envelope, to the exchange of the event's
/// type, persistent, confirmed by the broker) but with a message id and a body of the test's
/// choosing: to deliver one message twice, or one no handler can apply.
/// </summary>
public sealed class RawPublisher : IAsyncDisposable
{
    private const string ContentType = "application/vnd.masstransit+json";
    private readonly IConnection _connection;
    private readonly IChannel _channel;

    private RawPublisher(IConnection connection, IChannel channel)
    {
        _connection = connection;
        _channel = channel;
    }

    public static async Task<RawPublisher> ConnectAsync(string broker, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync(cancellationToken);
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
        return new RawPublisher(connection, channel);
    }

    /// <param name="message">The event's JSON body, as MassTransit writes it (camelCase properties).</param>
    public async Task PublishAsync(Type eventType, object message, Guid messageId, CancellationToken cancellationToken)
    {
        var messageType = $"{eventType.Namespace}:{eventType.Name}";
        var envelope = JsonSerializer.SerializeToUtf8Bytes(new
        {
            messageId,
            messageType = new[] { $"urn:message:{messageType}" },
            message,
            sentTime = DateTimeOffset.UtcNow,
            headers = new Dictionary<string, object>(),
        });
        var properties = new BasicProperties
        {
            ContentType = ContentType,
            MessageId = messageId.ToString(),
            DeliveryMode = DeliveryModes.Persistent,
        };
        // Returns once the broker has confirmed it (publisher confirms are on for this channel).
        await _channel.BasicPublishAsync(messageType, string.Empty, mandatory: false, properties, envelope, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
