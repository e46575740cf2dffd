namespace Mc2cm.AppHost.Broker;

/// <summary>How the AppHost provides RabbitMQ (configuration "Broker:Mode").</summary>
public enum BrokerMode
{
    /// <summary>Container when a Docker engine answers, local otherwise.</summary>
    Auto,

    /// <summary>Debian's rabbitmq-server run as a private node with its data in the suite's data folder.</summary>
    Local,

    /// <summary>The rabbitmq container (needs a container runtime).</summary>
    Container,

    /// <summary>A broker that already runs elsewhere: ConnectionStrings:messaging in the AppHost's configuration.</summary>
    External,
}
