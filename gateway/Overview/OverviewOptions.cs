namespace Mc2cm.Gateway.Overview;

/// <summary>Settings of the city overview, from configuration section "Gateway".</summary>
public sealed class OverviewOptions
{
    public const string Section = "Gateway";

    /// <summary>
    /// The longest an overview waits for its parts, all of them together: a part whose service
    /// has not answered by then is marked DEADLINE_EXCEEDED ("Gateway:OverviewDeadline").
    /// </summary>
    public TimeSpan OverviewDeadline { get; set; } = TimeSpan.FromSeconds(3);
}
