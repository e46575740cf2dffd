using System.Text.Json;
using RabbitMQ.Client;

namespace Mc2cm.Testing;

/// <summary>
/// A durable queue of the test's own, bound to the exchange MassTransit publishes an event type
/// to. It keeps collecting across a broker restart, so a test can count every event that was
/// published, and spot duplicates by message id.
/// </summary>
public sealed class EventQueue : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly string _queue;
    private IConnection? _connection;
    private IChannel? _channel;

    private EventQueue(string connectionString, string queue)
    {
        _connectionString = connectionString;
        _queue = queue;
    }

    /// <summary>Messages read so far, in arrival order.</summary>
    public List<ReceivedEvent> Received { get; } = [];

    /// <param name="eventType">The event's CLR type; MassTransit's exchange is "Namespace:Name".</param>
    public static async Task<EventQueue> BindAsync(string connectionString, Type eventType, CancellationToken cancellationToken = default)
    {
        var queue = new EventQueue(connectionString, $"test-{eventType.Name}-{Guid.NewGuid():N}");
        var channel = await queue.OpenAsync(cancellationToken);
        var exchange = $"{eventType.Namespace}:{eventType.Name}";
        await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueDeclareAsync(queue._queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken);
        await channel.QueueBindAsync(queue._queue, exchange, string.Empty, cancellationToken: cancellationToken);
        return queue;
    }

    /// <summary>Reads what has arrived since the last call (reconnecting after a broker restart).</summary>
    public async Task<IReadOnlyList<ReceivedEvent>> DrainAsync(CancellationToken cancellationToken = default)
    {
        var channel = await OpenAsync(cancellationToken);
        while (await channel.BasicGetAsync(_queue, autoAck: true, cancellationToken) is { } result)
        {
            using var envelope = JsonDocument.Parse(result.Body);
            var root = envelope.RootElement;
            Received.Add(new ReceivedEvent(
                Guid.Parse(root.GetProperty("messageId").GetString()!),
                root.GetProperty("message").Clone(),
                root.TryGetProperty("headers", out var headers) ? headers.Clone() : default));
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_channel is { IsOpen: true } channel)
            {
                await channel.QueueDeleteAsync(_queue);
            }
        }
        catch (Exception ex) when (ex is RabbitMQ.Client.Exceptions.RabbitMQClientException or IOException)
        {
            // The broker is gone already; its folder is deleted with the node.
        }

        if (_channel is not null) await _channel.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private async Task<IChannel> OpenAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true })
        {
            return _channel;
        }

        if (_channel is not null) await _channel.DisposeAsync();
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = await new ConnectionFactory { Uri = new Uri(_connectionString) }.CreateConnectionAsync(cancellationToken);
        _channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return _channel;
    }
}

/// <summary>An event as it travelled: MassTransit's message id and the event's JSON.</summary>
public sealed record ReceivedEvent(Guid MessageId, JsonElement Message, JsonElement Headers)
{
    public string Text(string property) => Message.GetProperty(property).GetString()!;
}
