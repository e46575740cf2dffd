using System.Globalization;
using System.Threading.RateLimiting;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Health;
using Microsoft.AspNetCore.RateLimiting;

namespace Mc2cm.Gateway.Door;

/// <summary>
/// One token bucket per caller — the token's subject when signed in, else the client address —
/// so a flood from one caller is refused (ResourceExhausted / 429 with Retry-After) while the
/// others keep being served. Health probes are not counted.
/// </summary>
public static class CallerRateLimits
{
    public static void Configure(RateLimiterOptions options, RateLimitOptions limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            HealthExtensions.IsProbe(http.Request.Path)
                ? RateLimitPartition.GetNoLimiter("probes")
                : RateLimitPartition.GetTokenBucketLimiter(CallerKey(http), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.Burst,
                    TokensPerPeriod = limits.PerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
        options.OnRejected = async (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            await StatusResponse.WriteAsync(context.HttpContext, StatusCode.ResourceExhausted, $"Too many calls from this caller; retry after {seconds} s.",
                new Dictionary<string, string> { ["Retry-After"] = seconds });
        };
    }

    private static string CallerKey(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true && http.User.FindFirst("sub")?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{http.Connection.RemoteIpAddress}";
}
