namespace Mc2cm.ServiceDefaults.Telemetry;

/// <summary>Names of the activity sources and meters the suite listens to.</summary>
public static class TelemetrySources
{
    /// <summary>MassTransit's ActivitySource and Meter: publish, send, receive and consume spans.</summary>
    public const string MassTransit = "MassTransit";

    /// <summary>Every source and meter of the suite is named "Mc2cm.&lt;part&gt;".</summary>
    public const string SuiteWildcard = "Mc2cm.*";
}
