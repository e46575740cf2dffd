using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.Contracts.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mc2cm.BuildingBlocks.Messaging;

/// <summary>Where a service lists the integration events it handles, one queue per handler.</summary>
public sealed class EventHandlerRegistry(IBusRegistrationConfigurator bus, IServiceCollection services, string queuePrefix)
{
    private readonly Dictionary<string, Type> _handlers = [];

    /// <summary>
    /// Handles <typeparamref name="TEvent"/> with <typeparamref name="THandler"/> through the inbox,
    /// on the queue "{service}-{THandler.Queue}" (e.g. "knowledge-known-city-handlers"). A handler
    /// of several event types gets one queue for all of them, so it sees them in publish order.
    /// </summary>
    public EventHandlerRegistry Handle<TEvent, THandler>()
        where TEvent : class, IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var queue = $"{queuePrefix}-{THandler.Queue}";
        // Two handlers on one queue would each take the other's messages: refuse at start.
        if (_handlers.TryGetValue(queue, out var other) && other != typeof(THandler))
        {
            throw new InvalidOperationException($"{typeof(THandler).Name} and {other.Name} both declare the queue \"{queue}\"; each handler needs a queue of its own.");
        }

        _handlers[queue] = typeof(THandler);
        services.TryAddScoped<THandler>();
        services.AddSingleton(new DeclaredQueue(queue, typeof(THandler), typeof(TEvent)));
        bus.AddConsumer<InboxConsumer<TEvent, THandler>>().Endpoint(e => e.Name = queue);
        return this;
    }
}
