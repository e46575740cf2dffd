namespace Mc2cm.Web;

/// <summary>Settings from configuration section "Portal". The provider's address is Auth:Authority, as for every process.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    /// <summary>The portal's client at the OpenID Connect provider: sign-in, and its own token for anonymous visitors.</summary>
    public string ClientId { get; set; } = "portal";

    /// <summary>The client's secret; without one nobody can sign in and anonymous calls go without a token.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked at sign-in; "openid" is always asked.</summary>
    public List<string> Scopes { get; set; } = ["openid", "profile"];

    /// <summary>Scopes asked for the portal's own token (client credentials); none means the client's defaults.</summary>
    public List<string> ClientScopes { get; set; } = [];

    /// <summary>Names of the claims the provider writes, so that another provider can replace the dev issuer.</summary>
    public PortalClaims Claims { get; set; } = new();

    /// <summary>The longest a page waits for one gateway call before it says the data is unavailable.</summary>
    public TimeSpan GatewayDeadline { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>Claim names: the suite's own by default (ServiceDefaults' McClaims).</summary>
public sealed class PortalClaims
{
    public string Name { get; set; } = "name";

    public string Role { get; set; } = "role";

    public string City { get; set; } = "mc2cm:city";
}
