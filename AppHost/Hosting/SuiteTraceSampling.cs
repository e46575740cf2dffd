namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// One trace sample ratio for the whole suite: "Telemetry:TraceSampleRatio" in the AppHost's
/// configuration (AppHost/appsettings.json, default 1.0; or ./run.sh --Telemetry:TraceSampleRatio=0.1)
/// becomes every project's own Telemetry:TraceSampleRatio (ServiceDefaults' TraceSampling:
/// parent-based, so a trace is kept or dropped whole across the processes it crosses).
/// </summary>
public static class SuiteTraceSampling
{
    public const string RatioKey = "Telemetry:TraceSampleRatio";

    /// <summary>Call after every project is added: the ratio goes to all of them.</summary>
    public static void ShareTraceSampleRatio(this IDistributedApplicationBuilder builder)
    {
        if (builder.Configuration[RatioKey] is not { Length: > 0 } ratio)
        {
            return;
        }

        foreach (var project in builder.Resources.OfType<ProjectResource>())
        {
            builder.CreateResourceBuilder(project).WithEnvironment(RatioKey.Replace(":", "__", StringComparison.Ordinal), ratio);
        }
    }
}
