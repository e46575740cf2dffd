using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Mc2cm.ErrorQueues;

/// <summary>
/// One _error queue ("{queue}_error", where MassTransit parks what failed all its retries) and
/// the queue its messages came from. Messages are taken without acknowledgement: what is only
/// looked at, or not chosen, goes back to its place when the tool lets go of it.
/// </summary>
public sealed class ParkedQueue : IAsyncDisposable
{
    public const string ErrorSuffix = "_error";

    private readonly IConnection _connection;
    private readonly IChannel _channel;
    private readonly uint _count;

    private ParkedQueue(IConnection connection, IChannel channel, string name, uint count)
    {
        _connection = connection;
        _channel = channel;
        _count = count;
        Name = name;
        Target = name[..^ErrorSuffix.Length];
    }

    public string Name { get; }

    /// <summary>The queue the messages failed in, where a replay puts them back.</summary>
    public string Target { get; }

    public static async Task<ParkedQueue> OpenAsync(Uri broker, string name, CancellationToken cancellationToken)
    {
        var connection = await new ConnectionFactory { Uri = broker, ClientProvidedName = "mc2cm-error-queues" }.CreateConnectionAsync(cancellationToken);
        try
        {
            var count = await MessageCountAsync(connection, name, cancellationToken);
            await MessageCountAsync(connection, name[..^ErrorSuffix.Length], cancellationToken);
            // With confirms, each publish returns only once the broker has the message (or throws).
            var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken);
            return new ParkedQueue(connection, channel, name, count);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The parked messages (or the one with <paramref name="messageId"/>), left where they are.</summary>
    public async Task<IReadOnlyList<ParkedMessage>> BrowseAsync(string? messageId, CancellationToken cancellationToken)
    {
        var taken = await TakeAllAsync(cancellationToken);
        await ReturnAsync(taken, cancellationToken);
        return [.. taken.Select(t => t.Message).Where(m => Chosen(m, messageId))];
    }

    /// <summary>
    /// Moves the parked messages (or the one with <paramref name="messageId"/>) back to <see cref="Target"/>,
    /// oldest first, each as it was minus MassTransit's fault headers: published, confirmed by the broker,
    /// and only then removed from here. A failure midway leaves the rest parked; at worst a message is
    /// in both queues, and the consumer's inbox applies it once. A dry run moves nothing.
    /// </summary>
    /// <returns>How many messages moved (or would move).</returns>
    public async Task<int> ReplayAsync(string? messageId, bool dryRun, Func<ParkedMessage, Task> moved, CancellationToken cancellationToken)
    {
        var taken = await TakeAllAsync(cancellationToken);
        var kept = new List<Taken>();
        var count = 0;
        foreach (var delivery in taken)
        {
            var message = delivery.Message;
            if (!Chosen(message, messageId))
            {
                kept.Add(delivery);
                continue;
            }

            if (dryRun)
            {
                kept.Add(delivery);
            }
            else
            {
                await PublishToTargetAsync(delivery, cancellationToken);
                await _channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken);
            }

            count++;
            await moved(message);
        }

        await ReturnAsync(kept, cancellationToken);
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the channel returns whatever is still unacknowledged to the queue.
        await _channel.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task PublishToTargetAsync(Taken delivery, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties(delivery.Properties);
        // The fault headers described the last failure; a new one writes its own.
        properties.Headers = delivery.Properties.Headers?
            .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
            .ToDictionary();
        try
        {
            // The default exchange routes by queue name; mandatory: a missing queue is an error, not a silent drop.
            await _channel.BasicPublishAsync(string.Empty, Target, mandatory: true, properties, delivery.Body, cancellationToken);
        }
        catch (PublishException ex)
        {
            throw new ErrorQueueException($"The broker did not take message {delivery.Message.MessageId} for {Target} ({(ex.IsReturn ? "returned: no such queue" : "not confirmed")}); it stays in {Name}.", ex);
        }
    }

    /// <summary>Every message the queue held when the tool opened it, unacknowledged.</summary>
    private async Task<List<Taken>> TakeAllAsync(CancellationToken cancellationToken)
    {
        var taken = new List<Taken>();
        while (taken.Count < _count && await _channel.BasicGetAsync(Name, autoAck: false, cancellationToken) is { } delivery)
        {
            taken.Add(new Taken(delivery.DeliveryTag, delivery.BasicProperties, delivery.Body.ToArray(), ParkedMessage.From(delivery)));
        }

        return taken;
    }

    private async Task ReturnAsync(List<Taken> deliveries, CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries)
        {
            await _channel.BasicNackAsync(delivery.Tag, multiple: false, requeue: true, cancellationToken);
        }
    }

    private static bool Chosen(ParkedMessage message, string? messageId) =>
        messageId is null || string.Equals(message.MessageId, messageId, StringComparison.OrdinalIgnoreCase);

    /// <summary>The queue's message count; a queue that does not exist is the operator's mistake, said plainly.</summary>
    private static async Task<uint> MessageCountAsync(IConnection connection, string queue, CancellationToken cancellationToken)
    {
        // A passive declare of a missing queue closes its channel: one channel for the look.
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
        }
        catch (OperationInterruptedException ex)
        {
            throw new ErrorQueueException($"There is no queue {queue} on this broker's virtual host.", ex);
        }
    }

    /// <summary>A message taken and not yet acknowledged: its delivery tag, and a copy of what it carries.</summary>
    private sealed record Taken(ulong Tag, IReadOnlyBasicProperties Properties, byte[] Body, ParkedMessage Message);
}
