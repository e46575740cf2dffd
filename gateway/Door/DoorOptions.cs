namespace Mc2cm.Gateway.Door;

/// <summary>Settings from configuration section "Gateway".</summary>
public sealed class DoorOptions
{
    public const string Section = "Gateway";

    /// <summary>The longest a proxied call may take before the caller gets DeadlineExceeded / 504.</summary>
    public TimeSpan RouteTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>Browser origins allowed to call the REST and gRPC-Web faces (CORS); none by default.</summary>
    public List<string> CorsOrigins { get; set; } = [];
}

/// <summary>A token bucket per caller (token subject, else client address; the visitor's address for the portal's own calls).</summary>
public sealed class RateLimitOptions
{
    /// <summary>
    /// The client id of the portal (web/): a call with the portal's own token (client credentials)
    /// is counted against the visitor the portal names in X-Forwarded-For, not against the portal.
    /// Nobody else's X-Forwarded-For is read.
    /// </summary>
    public string PortalClientId { get; set; } = "portal";

    /// <summary>Calls a caller may make in a burst.</summary>
    public int Burst { get; set; } = 200;

    /// <summary>Calls added back to a caller's bucket every second.</summary>
    public int PerSecond { get; set; } = 100;
}
