using Mc2cm.Contracts.Events;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// The event types an outbox row may name: only the records of the Contracts assembly, so a
/// stored type name can never load anything else.
/// </summary>
public sealed class IntegrationEventTypes
{
    private readonly Dictionary<string, Type> _byName = typeof(IIntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
        .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public Type Resolve(string eventType) =>
        _byName.TryGetValue(eventType, out var type)
            ? type
            : throw new InvalidOperationException($"'{eventType}' is not an integration event of Mc2cm.Contracts.");
}
