using Microsoft.Extensions.Configuration;
using OpenTelemetry.Trace;

namespace Mc2cm.ServiceDefaults.Telemetry;

/// <summary>
/// Which traces are recorded: <c>Telemetry:TraceSampleRatio</c> of the traces that start in this
/// process, and whatever the caller decided for the rest (parent-based), so a trace is kept or
/// dropped as a whole across the gateway, the services and the broker. 1.0 (the default, for
/// local development) records every trace; an operator under load sets e.g. 0.05.
/// </summary>
public static class TraceSampling
{
    public const string RatioKey = "Telemetry:TraceSampleRatio";

    public static Sampler FromConfiguration(IConfiguration configuration)
    {
        var ratio = configuration.GetValue(RatioKey, 1.0);
        if (double.IsNaN(ratio) || ratio is < 0 or > 1)
        {
            throw new InvalidOperationException($"{RatioKey} must be between 0 and 1 (1 records every trace); it is {ratio}.");
        }

        return new ParentBasedSampler(ratio >= 1 ? new AlwaysOnSampler() : new TraceIdRatioBasedSampler(ratio));
    }
}
