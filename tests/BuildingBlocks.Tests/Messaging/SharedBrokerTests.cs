using System.Text;
using Mc2cm.Testing;
using RabbitMQ.Client;

namespace Mc2cm.BuildingBlocks.Tests.Messaging;

/// <summary>
/// The shared broker's virtual hosts keep fixtures apart: an event one fixture's service publishes
/// never reaches another fixture's queues, though both bind the same exchange name.
/// </summary>
public sealed class SharedBrokerTests(SharedBroker broker)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_published_in_one_virtual_host_reaches_only_its_queues()
    {
        var one = broker.NewVirtualHost();
        var other = broker.NewVirtualHost();
        Assert.NotEqual(one, other);
        await using var publisher = await BindAsync(one);
        await using var bystander = await BindAsync(other);

        // With publisher confirms the broker has routed the message when the publish returns.
        await publisher.Channel.BasicPublishAsync("shared-broker-tests", "", Encoding.UTF8.GetBytes("hello"), Ct);

        Assert.Equal(1u, await publisher.Channel.MessageCountAsync(publisher.Queue, Ct));
        Assert.Equal(0u, await bystander.Channel.MessageCountAsync(bystander.Queue, Ct));
    }

    private static async Task<BoundQueue> BindAsync(string virtualHost)
    {
        var connection = await new ConnectionFactory { Uri = new Uri(virtualHost) }.CreateConnectionAsync(Ct);
        var channel = await connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), Ct);
        await channel.ExchangeDeclareAsync("shared-broker-tests", ExchangeType.Fanout, cancellationToken: Ct);
        var queue = (await channel.QueueDeclareAsync(cancellationToken: Ct)).QueueName;
        await channel.QueueBindAsync(queue, "shared-broker-tests", "", cancellationToken: Ct);
        return new BoundQueue(connection, channel, queue);
    }

    private sealed record BoundQueue(IConnection Connection, IChannel Channel, string Queue) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Channel.DisposeAsync();
            await Connection.DisposeAsync();
        }
    }
}
