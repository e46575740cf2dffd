using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Outbox;
using Mc2cm.Contracts.Events;
using Mc2cm.ServiceDefaults.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ (connection string "messaging"), the outbox dispatcher, and the
    /// inbox consumers the service lists in <paramref name="handlers"/>, on queues named
    /// "{service}-{queue the handler declares}" (Messaging:QueuePrefix replaces the service name).
    /// Usage telemetry is off: nothing leaves the machine.
    /// </summary>
    public static TBuilder AddServiceMessaging<TBuilder>(
        this TBuilder builder, string serviceName, Action<EventHandlerRegistry>? handlers = null)
        where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        var messaging = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var broker = new Uri(builder.Configuration.GetConnectionString(MessagingOptions.ConnectionName) ?? MessagingOptions.LocalBroker);
        // Queue names start with the service name; two installations (or two test hosts) sharing a
        // broker set their own prefix, so they never take each other's messages.
        var queuePrefix = string.IsNullOrWhiteSpace(messaging.QueuePrefix) ? serviceName : messaging.QueuePrefix;

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.AddSingleton<IntegrationEventTypes>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<InboxMetrics>();
        services.AddSingleton<OutboxPublisher>();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddHostedService<OutboxDispatcher>();

        services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            // Start serving even while the broker is down: the outbox keeps the events.
            o.WaitUntilStarted = false;
            o.StopTimeout = TimeSpan.FromSeconds(10);
        });

        services.AddMassTransit(bus =>
        {
            bus.DisableUsageTelemetry();
            bus.AddReceiveObserver<ErrorQueueMetrics>();
            bus.ConfigureHealthCheckOptions(o =>
            {
                o.Name = "broker";
                o.Tags.Add(HealthExtensions.ReadyTag);
            });
            handlers?.Invoke(new EventHandlerRegistry(bus, services, queuePrefix));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                endpoint.ConcurrentMessageLimit = messaging.ConcurrentMessageLimit;
                endpoint.UseMessageRetry(r => r.Exponential(
                    messaging.RetryLimit, messaging.RetryMinInterval, messaging.RetryMaxInterval, messaging.RetryMinInterval));
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(broker.Host, (ushort)(broker.IsDefaultPort ? 5672 : broker.Port), VirtualHost(broker), host =>
                {
                    var (user, password) = Credentials(broker);
                    host.Username(user);
                    host.Password(password);
                });
                rabbit.PrefetchCount = messaging.PrefetchCount;
                // ICityEvent only marks events the inbox checks for a city: no exchange of its own.
                rabbit.Publish<ICityEvent>(p => p.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static string VirtualHost(Uri broker)
    {
        var path = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        return path.Length == 0 ? "/" : path;
    }

    private static (string User, string Password) Credentials(Uri broker)
    {
        var parts = broker.UserInfo.Split(':', 2);
        return parts[0].Length == 0
            ? ("guest", "guest")
            : (Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty);
    }
}
