using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mc2cm.BuildingBlocks.Messaging;

/// <summary>Where a service lists the integration events it handles, one queue per handler.</summary>
public sealed class EventHandlerRegistry(IBusRegistrationConfigurator bus, IServiceCollection services, string queuePrefix)
{
    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> through the inbox,
    /// on the queue "{service}-{handler}" (e.g. "knowledge-city-registered-handler"). A handler of
    /// several event types gets one queue for all of them, so it sees them in publish order.
    /// </summary>
    public EventHandlerRegistry Handle<TEvent, THandler>()
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.TryAddScoped<THandler>();
        var queue = $"{queuePrefix}-{KebabCaseEndpointNameFormatter.Instance.SanitizeName(typeof(THandler).Name)}";
        bus.AddConsumer<InboxConsumer<TEvent, THandler>>().Endpoint(e => e.Name = queue);
        return this;
    }
}
