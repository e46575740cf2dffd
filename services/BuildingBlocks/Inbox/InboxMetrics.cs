using System.Diagnostics.Metrics;

namespace Mc2cm.BuildingBlocks.Inbox;

/// <summary>
/// What an operator watches on the consuming side: messages handled, duplicates dropped by the
/// inbox, and handler failures (each failed attempt; after the retries the message goes to its
/// _error queue). The totals are also readable in-process.
/// </summary>
public sealed class InboxMetrics : IDisposable
{
    public const string MeterName = "Mc2cm.Inbox";

    private readonly Meter _meter;
    private readonly Counter<long> _handled;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _failures;
    private long _handledTotal;
    private long _duplicatesTotal;
    private long _failuresTotal;

    public InboxMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _handled = _meter.CreateCounter<long>("mc2cm.inbox.handled", "{message}", "Messages whose effect was committed.");
        _duplicates = _meter.CreateCounter<long>("mc2cm.inbox.duplicates", "{message}", "Redelivered messages the inbox dropped.");
        _failures = _meter.CreateCounter<long>("mc2cm.inbox.failures", "{attempt}", "Handler attempts that failed.");
    }

    public long Handled => Interlocked.Read(ref _handledTotal);

    public long Duplicates => Interlocked.Read(ref _duplicatesTotal);

    public long Failures => Interlocked.Read(ref _failuresTotal);

    internal void RecordHandled(string eventType)
    {
        Interlocked.Increment(ref _handledTotal);
        _handled.Add(1, new KeyValuePair<string, object?>("event", eventType));
    }

    internal void RecordDuplicate(string eventType)
    {
        Interlocked.Increment(ref _duplicatesTotal);
        _duplicates.Add(1, new KeyValuePair<string, object?>("event", eventType));
    }

    internal void RecordFailure(string eventType)
    {
        Interlocked.Increment(ref _failuresTotal);
        _failures.Add(1, new KeyValuePair<string, object?>("event", eventType));
    }

    public void Dispose() => _meter.Dispose();
}
