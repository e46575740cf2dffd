using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mc2cm.ServiceDefaults.Health;

/// <summary>
/// Runs the health checks as before and logs their results in place of HealthCheckService's own
/// entries, which report every unhealthy check at Error: during start-up a dependency that is still
/// starting ("broker: Not ready: not started") is expected, and red badges at every start hide the
/// errors that matter. Until every check has passed once (or <see cref="StartupGrace"/> has passed)
/// an unhealthy check is logged at Information; after that, at Error as before. The answers of
/// /health and grpc.health.v1 do not change.
/// </summary>
public sealed class StartupAwareHealthChecks(
    HealthCheckService checks, IOptions<HealthCheckServiceOptions> options, TimeProvider clock, ILogger<StartupAwareHealthChecks> logger) : HealthCheckService
{
    /// <summary>A dependency that is still not ready this long after start is an error, not a start.</summary>
    public static readonly TimeSpan StartupGrace = TimeSpan.FromMinutes(2);

    private readonly DateTimeOffset _createdAt = clock.GetUtcNow();
    private volatile bool _started;

    /// <summary>Puts this in place of the registered HealthCheckService, which keeps running the checks with its own logging off.</summary>
    public static void Replace(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(HealthCheckService));
        if (registered?.ImplementationType is not { } implementation || implementation == typeof(StartupAwareHealthChecks))
        {
            return;
        }

        var silent = Activator.CreateInstance(typeof(NullLogger<>).MakeGenericType(implementation))!;
        services.Remove(registered);
        services.AddSingleton<HealthCheckService>(sp => new StartupAwareHealthChecks(
            (HealthCheckService)ActivatorUtilities.CreateInstance(sp, implementation, silent),
            sp.GetRequiredService<IOptions<HealthCheckServiceOptions>>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<ILogger<StartupAwareHealthChecks>>()));
    }

    public override async Task<HealthReport> CheckHealthAsync(Func<HealthCheckRegistration, bool>? predicate, CancellationToken cancellationToken = default)
    {
        var report = await checks.CheckHealthAsync(predicate, cancellationToken);
        var starting = !_started && clock.GetUtcNow() - _createdAt < StartupGrace;
        foreach (var (name, entry) in report.Entries)
        {
            switch (entry.Status)
            {
                case HealthStatus.Unhealthy when starting:
                    logger.LogInformation("Health check {HealthCheckName} not ready yet during start-up: {HealthCheckDescription}", name, entry.Description ?? entry.Exception?.Message);
                    break;
                case HealthStatus.Unhealthy:
                    logger.LogError(entry.Exception, "Health check {HealthCheckName} with status Unhealthy: {HealthCheckDescription}", name, entry.Description);
                    break;
                case HealthStatus.Degraded:
                    logger.LogWarning(entry.Exception, "Health check {HealthCheckName} with status Degraded: {HealthCheckDescription}", name, entry.Description);
                    break;
            }
        }

        if (!_started && report.Status == HealthStatus.Healthy && report.Entries.Count == options.Value.Registrations.Count)
        {
            _started = true;
            logger.LogInformation("Every health check passed: start-up complete");
        }

        return report;
    }
}
