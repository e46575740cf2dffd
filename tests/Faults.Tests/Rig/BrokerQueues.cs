using System.Text;
using Mc2cm.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Mc2cm.Faults.Tests.Rig;

/// <summary>Looks at the scene's queues on the broker: whether a service consumes them, and what its error queues hold.</summary>
public sealed class BrokerQueues(string broker) : IAsyncDisposable
{
    private IConnection? _connection;

    /// <summary>Waits until each of <paramref name="queues"/> exists and a consumer (the service) is attached to it.</summary>
    public async Task WaitForConsumersAsync(IEnumerable<string> queues, TimeSpan timeout, CancellationToken cancellationToken)
    {
        foreach (var queue in queues)
        {
            await Poll.UntilAsync(async () => await ConsumersAsync(queue, cancellationToken) > 0, timeout, $"a consumer on {queue}", cancellationToken);
        }
    }

    /// <summary>Takes the next message off <paramref name="queue"/>, with MassTransit's fault headers if it has them.</summary>
    public async Task<ParkedMessage?> TakeAsync(string queue, CancellationToken cancellationToken)
    {
        await using var channel = await OpenChannelAsync(cancellationToken);
        var message = await channel.BasicGetAsync(queue, autoAck: true, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
        return new ParkedMessage(message.BasicProperties.MessageId, Header(headers, "MT-Fault-ExceptionType"), Header(headers, "MT-Fault-Message"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    /// <summary>Messages ready in <paramref name="queue"/>; 0 when it does not exist (yet).</summary>
    public async Task<uint> MessageCountAsync(string queue, CancellationToken cancellationToken) =>
        (await DeclarePassiveAsync(queue, cancellationToken))?.MessageCount ?? 0;

    private async Task<uint> ConsumersAsync(string queue, CancellationToken cancellationToken) =>
        (await DeclarePassiveAsync(queue, cancellationToken))?.ConsumerCount ?? 0;

    private async Task<QueueDeclareOk?> DeclarePassiveAsync(string queue, CancellationToken cancellationToken)
    {
        try
        {
            // A passive declare of a queue that does not exist closes its channel: one channel per look.
            await using var channel = await OpenChannelAsync(cancellationToken);
            return await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
        }
        catch (OperationInterruptedException)
        {
            return null;
        }
    }

    private async Task<IChannel> OpenChannelAsync(CancellationToken cancellationToken)
    {
        _connection ??= await new ConnectionFactory { Uri = new Uri(broker) }.CreateConnectionAsync(cancellationToken);
        return await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
    }

    private static string? Header(IDictionary<string, object?> headers, string name) =>
        headers.TryGetValue(name, out var value) && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : value?.ToString();
}

/// <summary>A message parked in an error queue: its id, and the exception that put it there.</summary>
public sealed record ParkedMessage(string? MessageId, string? ExceptionType, string? Reason);
