namespace Mc2cm.BuildingBlocks.Outbox;

/// <summary>Outbox dispatch settings, from configuration section "Messaging:Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Messaging:Outbox";

    /// <summary>How often unsent messages are looked for when no commit announced any.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>First wait after a failed publish; doubles on each failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Published messages are marked sent together, in one commit, once this many wait for their mark
    /// or <see cref="MarkDelay"/> after the oldest of them was confirmed: under load, one commit marks
    /// many passes' messages instead of one commit per pass. A crash re-sends at most these (the
    /// consumers' inboxes drop them).
    /// </summary>
    public int MarkBatchSize { get; set; } = 100;

    /// <inheritdoc cref="MarkBatchSize"/>
    public TimeSpan MarkDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
