using Mc2cm.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mc2cm.Observability.Tests;

/// <summary>
/// A healthy start looks healthy: a dependency still starting (the broker "Not ready: not started")
/// answers unhealthy as before, but is not logged at Error until every check has passed once; a
/// failure after that is an Error again.
/// </summary>
public sealed class StartupHealthLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dependency_still_starting_is_not_an_error_but_its_failure_after_start_is()
    {
        var broker = HealthCheckResult.Unhealthy("Not ready: not started");
        var logs = new LogSink();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.AddDefaultHealthChecks();
        builder.Services.AddHealthChecks().AddCheck("broker", () => broker);
        using var host = builder.Build();
        var checks = host.Services.GetRequiredService<HealthCheckService>();

        var starting = await checks.CheckHealthAsync(Ct);
        Assert.Equal(HealthStatus.Unhealthy, starting.Status);
        Assert.DoesNotContain(logs.Logs, l => l.Level >= LogLevel.Error);
        Assert.Contains(logs.Logs, l => l.Level == LogLevel.Information && l.Message.Contains("broker not ready yet", StringComparison.Ordinal));

        broker = HealthCheckResult.Healthy();
        Assert.Equal(HealthStatus.Healthy, (await checks.CheckHealthAsync(Ct)).Status);

        broker = HealthCheckResult.Unhealthy("Connection refused");
        Assert.Equal(HealthStatus.Unhealthy, (await checks.CheckHealthAsync(Ct)).Status);
        Assert.Contains(logs.Logs, l => l.Level == LogLevel.Error && l.Message.Contains("broker", StringComparison.Ordinal) && l.Message.Contains("Connection refused", StringComparison.Ordinal));
    }
}
