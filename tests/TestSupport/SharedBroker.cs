using Xunit;

namespace Mc2cm.Testing;

/// <summary>
/// One private RabbitMQ node for a whole test assembly (an assembly fixture). Tests that stop
/// or kill the broker start a node of their own instead, so they never disturb the others.
/// </summary>
/// <remarks>
/// Exchanges are named by event type, so every fixture on the node's default virtual host receives
/// the events every other fixture publishes (a city renamed by one test class would reach another
/// class's Knowledge). A fixture that runs services takes <see cref="NewVirtualHost"/> instead: its
/// own exchanges and queues. They are made up front, in one call, because each rabbitmqctl call
/// boots an Erlang VM.
/// </remarks>
public sealed class SharedBroker : IAsyncLifetime
{
    /// <summary>Virtual hosts made at start; more fixtures in one assembly than this is a mistake to see.</summary>
    private const int VirtualHostCount = 40;

    private RabbitMqNode? _node;
    private IReadOnlyList<string> _virtualHosts = [];
    private int _handedOut;

    public RabbitMqNode Node => _node ?? throw new InvalidOperationException("The broker has not started.");

    /// <summary>The node's default virtual host, shared by every test of the assembly.</summary>
    public string ConnectionString => Node.ConnectionString;

    /// <summary>The connection string of a virtual host nobody else uses.</summary>
    public string NewVirtualHost()
    {
        var index = Interlocked.Increment(ref _handedOut) - 1;
        return index < _virtualHosts.Count
            ? _virtualHosts[index]
            : throw new InvalidOperationException($"The shared broker made {VirtualHostCount} virtual hosts and all are taken; raise {nameof(VirtualHostCount)}.");
    }

    public async ValueTask InitializeAsync()
    {
        _node = await RabbitMqNode.StartAsync("shared");
        try
        {
            _virtualHosts = await _node.AddVirtualHostsAsync([.. Enumerable.Range(1, VirtualHostCount).Select(i => $"fixture-{i:00}")]);
        }
        catch
        {
            await _node.DisposeAsync();
            _node = null;
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }
    }
}
