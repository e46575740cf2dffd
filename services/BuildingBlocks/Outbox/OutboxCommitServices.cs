using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mc2cm.BuildingBlocks.Outbox;

public static class OutboxCommitServices
{
    /// <summary>
    /// The save interceptor that, once outbox messages commit, counts them and wakes the dispatcher;
    /// with what it needs. Every context that writes outbox messages adds
    /// <c>sp.GetRequiredService&lt;OutboxCommitNotifier&gt;()</c> to its interceptors.
    /// </summary>
    public static IServiceCollection AddOutboxCommitNotifier(this IServiceCollection services)
    {
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<DomainEventMetrics>();
        services.TryAddSingleton<OutboxCommitFault>();
        services.TryAddSingleton<OutboxCommitNotifier>();
        return services;
    }
}
