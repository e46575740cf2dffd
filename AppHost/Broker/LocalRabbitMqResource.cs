using Mc2cm.LocalRabbitMq;

namespace Mc2cm.AppHost.Broker;

/// <summary>The private RabbitMQ node, as an executable resource with a connection string.</summary>
public sealed class LocalRabbitMqResource(string name, RabbitMqNodeLayout layout)
    : ExecutableResource(name, RabbitMqInstallation.ServerPath, layout.DataDirectory), IResourceWithConnectionString
{
    public RabbitMqNodeLayout Layout { get; } = layout;

    public ReferenceExpression ConnectionStringExpression =>
        ReferenceExpression.Create($"{Layout.ConnectionString}");
}
