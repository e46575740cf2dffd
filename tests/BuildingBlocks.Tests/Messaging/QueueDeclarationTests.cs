using MassTransit;
using Mc2cm.BuildingBlocks.Inbox;
using Mc2cm.BuildingBlocks.Messaging;
using Mc2cm.BuildingBlocks.Tests.Fixtures;
using Mc2cm.Contracts.Events.Cities;
using Microsoft.Extensions.DependencyInjection;

namespace Mc2cm.BuildingBlocks.Tests.Messaging;

/// <summary>Queue names come from what the handler declares, and a queue has one handler.</summary>
public sealed class QueueDeclarationTests
{
    [Fact]
    public void A_queue_is_named_by_the_service_and_the_handler_s_declared_queue_not_its_class()
    {
        var services = new ServiceCollection();
        services.AddMassTransit(bus => new EventHandlerRegistry(bus, services, "tally").Handle<CityRegistered, RenamedTallyHandler>());

        var queue = Assert.Single(services.Where(d => d.ServiceType == typeof(DeclaredQueue)).Select(d => (DeclaredQueue)d.ImplementationInstance!));
        Assert.Equal(new DeclaredQueue("tally-city-tally-handler", typeof(RenamedTallyHandler), typeof(CityRegistered)), queue);
    }

    [Fact]
    public void Two_handlers_that_declare_one_queue_are_refused()
    {
        var services = new ServiceCollection();

        var refused = Assert.Throws<InvalidOperationException>(() => services.AddMassTransit(bus => new EventHandlerRegistry(bus, services, "tally")
            .Handle<CityRegistered, CityTallyHandler>()
            .Handle<CityUpdated, RenamedTallyHandler>()));
        Assert.Contains("\"tally-city-tally-handler\"", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A handler whose class was renamed: it keeps its queue by declaring the same name.</summary>
    private sealed class RenamedTallyHandler : IIntegrationEventHandler<CityRegistered>, IIntegrationEventHandler<CityUpdated>
    {
        public static string Queue => CityTallyHandler.Queue;

        public Task HandleAsync(CityRegistered integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task HandleAsync(CityUpdated integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
