namespace Mc2cm.BuildingBlocks.Messaging;

/// <summary>
/// One event a service's queue receives and the handler that applies it; one per
/// <see cref="EventHandlerRegistry.Handle{TEvent,THandler}"/>, registered as a singleton, so
/// tests and tools can list the queues a service declares without a broker.
/// </summary>
public sealed record DeclaredQueue(string Name, Type Handler, Type Event);
