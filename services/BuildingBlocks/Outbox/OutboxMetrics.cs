using System.Diagnostics.Metrics;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// What an operator watches on the outbox: how many events wait (backlog), how old the oldest
/// one is, and publish outcomes. The dispatcher counts them after a pass that stops short or
/// leaves a full batch behind, and sets them to zero after a pass that drains the outbox; the
/// gauges read the latest figures, so observing them never touches the database.
/// </summary>
public sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "Mc2cm.Outbox";

    private readonly Meter _meter;
    private readonly Counter<long> _published;
    private readonly Counter<long> _failed;
    private readonly TimeProvider _clock;
    private long _backlog;
    private long _oldestUnsentUtcTicks; // 0: nothing waits

    public OutboxMetrics(IMeterFactory meterFactory, TimeProvider clock)
    {
        _clock = clock;
        _meter = meterFactory.Create(MeterName);
        _published = _meter.CreateCounter<long>("mc2cm.outbox.published", "{message}", "Outbox messages the broker confirmed.");
        _failed = _meter.CreateCounter<long>("mc2cm.outbox.publish_failures", "{attempt}", "Publish attempts that failed and will be retried.");
        _meter.CreateObservableGauge("mc2cm.outbox.backlog", () => Interlocked.Read(ref _backlog), "{message}", "Outbox messages not yet published.");
        _meter.CreateObservableGauge("mc2cm.outbox.oldest_unsent_age", () => OldestUnsentAge.TotalSeconds, "s", "Age of the oldest unpublished outbox message.");
    }

    public long Backlog => Interlocked.Read(ref _backlog);

    public TimeSpan OldestUnsentAge => Interlocked.Read(ref _oldestUnsentUtcTicks) is var ticks and > 0
        ? _clock.GetUtcNow() - new DateTimeOffset(ticks, TimeSpan.Zero)
        : TimeSpan.Zero;

    internal void Published(int count) => _published.Add(count);

    internal void PublishFailed() => _failed.Add(1);

    internal void Refresh(long backlog, DateTimeOffset? oldestUnsent)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        Interlocked.Exchange(ref _oldestUnsentUtcTicks, oldestUnsent?.UtcTicks ?? 0);
    }

    public void Dispose() => _meter.Dispose();
}
