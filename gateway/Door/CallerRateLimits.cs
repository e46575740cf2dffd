using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Health;
using Microsoft.AspNetCore.RateLimiting;

namespace Mc2cm.Gateway.Door;

/// <summary>
/// One token bucket per caller — the token's subject when signed in, else the client address —
/// so a flood from one caller is refused (ResourceExhausted / 429 with Retry-After) while the
/// others keep being served. Health probes are not counted. The portal calls for all its
/// anonymous visitors with one token of its own: those calls are counted per visitor, by the
/// address the portal forwards; a forwarded address from anyone else is ignored, so no other
/// caller can spread its calls over invented addresses.
/// </summary>
public static class CallerRateLimits
{
    public static void Configure(RateLimiterOptions options, RateLimitOptions limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            HealthExtensions.IsProbe(http.Request.Path)
                ? RateLimitPartition.GetNoLimiter("probes")
                : RateLimitPartition.GetTokenBucketLimiter(CallerKey(http, limits.PortalClientId), _ => new TokenBucketRateLimiterOptions
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

    private static string CallerKey(HttpContext http, string portalClientId)
    {
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return $"ip:{http.Connection.RemoteIpAddress}";
        }

        var subject = http.User.FindFirst("sub")?.Value;
        if (IsPortalItself(http.User, subject, portalClientId) && ForwardedVisitor(http.Request) is { } visitor)
        {
            return $"visitor:{visitor}";
        }

        return subject is null ? $"ip:{http.Connection.RemoteIpAddress}" : $"sub:{subject}";
    }

    /// <summary>
    /// The portal's own token: issued to the portal client (client_id, or azp) for the portal
    /// itself, not for a person signed in through it (whose subject is that person).
    /// </summary>
    private static bool IsPortalItself(ClaimsPrincipal user, string? subject, string portalClientId)
    {
        var client = user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value;
        return !string.IsNullOrEmpty(portalClientId)
            && string.Equals(client, portalClientId, StringComparison.Ordinal)
            && (subject is null || string.Equals(subject, portalClientId, StringComparison.Ordinal));
    }

    /// <summary>The address the portal appended last to X-Forwarded-For; nothing when it is not an address.</summary>
    private static IPAddress? ForwardedVisitor(HttpRequest request)
    {
        var last = request.Headers["X-Forwarded-For"].ToString().Split(',').LastOrDefault()?.Trim();
        return IPAddress.TryParse(last, out var address) ? address : null;
    }
}
