using Mc2cm.LocalRabbitMq;

namespace Mc2cm.Bench.Processes;

/// <summary>
/// Debian's RabbitMQ as a private node of the run (the layout the AppHost and the tests use): its
/// own foreground epmd, loopback ports and folder, so nothing outlives the bench.
/// </summary>
public static class BrokerNode
{
    public static async Task<(RabbitMqNodeLayout Layout, ChildProcess Server, long ReadyAt)> StartAsync(
        ProcessRegistry registry, SuiteLayout suite, CancellationToken cancellationToken)
    {
        RabbitMqInstallation.EnsureInstalled();
        var layout = RabbitMqNodeLayout.Create(Path.Combine(suite.RunFolder, "rabbitmq"), "mc2cm-bench");
        layout.Prepare();
        registry.Start(new ProcessSpec("epmd", RabbitMqInstallation.EpmdPath, layout.EpmdArguments.Split(' '), new Dictionary<string, string>()), suite.LogFolder);
        var server = registry.Start(
            new ProcessSpec("rabbitmq", RabbitMqInstallation.ServerPath, [], layout.Environment, layout.DataDirectory), suite.LogFolder);
        var readyAt = await HealthProbe.UntilAsync(
            server,
            () => AmqpProbe.IsReadyAsync("127.0.0.1", layout.AmqpPort, TimeSpan.FromSeconds(2), cancellationToken),
            TimeSpan.FromSeconds(90), "RabbitMQ to answer the AMQP handshake", cancellationToken);
        return (layout, server, readyAt);
    }
}
