namespace Mc2cm.BuildingBlocks.Messaging;

/// <summary>Consumer settings, from configuration section "Messaging".</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    /// <summary>Name of the connection string of the broker (an amqp:// URI).</summary>
    public const string ConnectionName = "messaging";

    /// <summary>Used when no connection string is configured: a broker on this machine.</summary>
    public const string LocalBroker = "amqp://guest:guest@localhost:5672/";

    /// <summary>Start of this service's queue names; the service name when empty.</summary>
    public string? QueuePrefix { get; set; }

    /// <summary>Immediate retries of a failing message before it goes to the error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public TimeSpan RetryMinInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RetryMaxInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Messages of one queue handled at once. 1 keeps each queue in publish order.</summary>
    public int ConcurrentMessageLimit { get; set; } = 1;

    public ushort PrefetchCount { get; set; } = 32;
}
