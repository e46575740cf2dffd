using System.Diagnostics.Metrics;
using MassTransit;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// Counts the messages that failed for good — every retry spent — and so were moved to their
/// queue's _error queue, by queue: what an operator must look at and re-send by hand.
/// </summary>
public sealed class ErrorQueueMetrics : IReceiveObserver, IDisposable
{
    public const string MeterName = "Mc2cm.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _faulted;

    public ErrorQueueMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _faulted = _meter.CreateCounter<long>("mc2cm.messaging.error_queue.messages", "{message}", "Messages moved to an _error queue after their last retry, by queue.");
    }

    /// <summary>A consumer failed after its last retry (MassTransit's "R-FAULT"): the message goes to the _error queue.</summary>
    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
        where T : class => Parked(context.ReceiveContext);

    /// <summary>The message could not even be read (e.g. not deserializable): it goes to the _error queue too.</summary>
    public Task ReceiveFault(ReceiveContext context, Exception exception) => Parked(context);

    private Task Parked(ReceiveContext context)
    {
        _faulted.Add(1, new KeyValuePair<string, object?>("queue", $"{context.InputAddress.AbsolutePath.TrimStart('/')}_error"));
        return Task.CompletedTask;
    }

    public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostReceive(ReceiveContext context) => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
        where T : class => Task.CompletedTask;

    public void Dispose() => _meter.Dispose();
}
