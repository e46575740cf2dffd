using System.Diagnostics.Metrics;

namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>
/// The domain's own counters: every committed integration event, by type — profiles published
/// (ProfilePublished), meetings held (MeetingHeld), actions funded (ActionFunded) and the rest —
/// counted when the change that raised it commits, so a refused or rolled-back write counts nothing.
/// </summary>
public sealed class DomainEventMetrics : IDisposable
{
    public const string MeterName = "Mc2cm.Domain";

    private readonly Meter _meter;
    private readonly Counter<long> _committed;

    public DomainEventMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _committed = _meter.CreateCounter<long>("mc2cm.domain.events", "{event}", "Domain events committed, by event type.");
    }

    /// <param name="eventTypes">Full type names, e.g. "Mc2cm.Contracts.Events.Knowledge.ProfilePublished".</param>
    internal void Committed(IEnumerable<string> eventTypes)
    {
        foreach (var type in eventTypes)
        {
            _committed.Add(1, new KeyValuePair<string, object?>("event", type[(type.LastIndexOf('.') + 1)..]));
        }
    }

    public void Dispose() => _meter.Dispose();
}
