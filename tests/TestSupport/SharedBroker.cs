using Xunit;

namespace Mc2cm.Testing;

/// <summary>
/// One private RabbitMQ node for a whole test assembly (an assembly fixture). Tests that stop
/// or kill the broker start a node of their own instead, so they never disturb the others.
/// </summary>
public sealed class SharedBroker : IAsyncLifetime
{
    private RabbitMqNode? _node;

    public RabbitMqNode Node => _node ?? throw new InvalidOperationException("The broker has not started.");

    public string ConnectionString => Node.ConnectionString;

    public async ValueTask InitializeAsync() => _node = await RabbitMqNode.StartAsync("shared");

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
