using Mc2cm.AppHost.Hosting;
using Mc2cm.LocalRabbitMq;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mc2cm.AppHost.Broker;

public static class BrokerResources
{
    /// <summary>The broker's resource name, which is also the name of its connection string.</summary>
    public const string Name = "messaging";

    public static IResourceBuilder<IResourceWithConnectionString> AddMessagingBroker(
        this IDistributedApplicationBuilder builder, SuiteSettings suite)
    {
        var mode = builder.Configuration.GetValue("Broker:Mode", BrokerMode.Auto);
        if (mode == BrokerMode.Auto)
        {
            mode = ContainerRuntime.IsAvailable() ? BrokerMode.Container : BrokerMode.Local;
        }

        return mode switch
        {
            BrokerMode.Container => builder.AddRabbitMQ(Name),
            BrokerMode.External => builder.AddConnectionString(Name),
            _ => builder.AddLocalRabbitMq(suite),
        };
    }

    /// <summary>
    /// Runs rabbitmq-server from Debian's package as a private node: its own epmd (in the
    /// foreground, so nothing outlives the AppHost), its data under the suite's data folder,
    /// loopback ports picked at start. Healthy once it answers the AMQP handshake.
    /// </summary>
    private static IResourceBuilder<LocalRabbitMqResource> AddLocalRabbitMq(this IDistributedApplicationBuilder builder, SuiteSettings suite)
    {
        RabbitMqInstallation.EnsureInstalled();
        var layout = RabbitMqNodeLayout.Create(Path.Combine(suite.DataDirectory, "rabbitmq"), "mc2cm");
        layout.Prepare();

        var epmdCheck = $"{Name}-epmd-listening";
        builder.Services.AddHealthChecks().AddAsyncCheck(epmdCheck, async ct =>
            await TcpProbe.IsListeningAsync(layout.EpmdPort, ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("epmd is not listening yet"));
        var epmd = builder.AddExecutable($"{Name}-epmd", RabbitMqInstallation.EpmdPath, layout.DataDirectory, layout.EpmdArguments.Split(' '))
            .WithHealthCheck(epmdCheck);

        var amqpCheck = $"{Name}-amqp";
        builder.Services.AddHealthChecks().AddAsyncCheck(amqpCheck, async ct =>
            await AmqpProbe.IsReadyAsync("127.0.0.1", layout.AmqpPort, TimeSpan.FromSeconds(2), ct)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("RabbitMQ does not answer the AMQP handshake yet"));
        var rabbit = builder.AddResource(new LocalRabbitMqResource(Name, layout))
            .WithEndpoint(port: layout.AmqpPort, targetPort: layout.AmqpPort, scheme: "tcp", name: "amqp", isProxied: false)
            .WithHealthCheck(amqpCheck)
            .WaitFor(epmd);
        foreach (var (key, value) in layout.Environment)
        {
            rabbit.WithEnvironment(key, value);
        }

        return rabbit;
    }
}
