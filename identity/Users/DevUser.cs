namespace Mc2cm.Identity.Users;

/// <summary>
/// A seeded development user: a client with client credentials, whose client id is its subject,
/// and in Development a person who signs in on the issuer's login page with a password.
/// </summary>
public sealed class DevUser
{
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The login page's password; unset, "dev-" and the user name ("dev-coordinator").</summary>
    public string? Password { get; set; }

    public string LoginPassword => Password ?? $"dev-{ClientId}";

    public string Name { get; set; } = string.Empty;

    public List<string> Roles { get; set; } = [];

    /// <summary>The cities a focal point or local expert works for.</summary>
    public List<string> Cities { get; set; } = [];
}

/// <summary>Settings from configuration section "Identity".</summary>
public sealed class DevIdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The issuer URL written into tokens; services find the keys under it.</summary>
    public Uri? Issuer { get; set; }

    public string Audience { get; set; } = Mc2cm.ServiceDefaults.Security.McClaims.DefaultAudience;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The one secret of every dev user: this issuer is for development and tests only.</summary>
    public string ClientSecret { get; set; } = "dev-secret";

    /// <summary>The web portal: a client of its own and the one client people sign in to.</summary>
    public PortalClientOptions Portal { get; set; } = new();

    /// <summary>Users besides <see cref="SeededUsers"/> (a configured client id replaces the seeded one).</summary>
    public List<DevUser> Users { get; set; } = [];

    public IReadOnlyList<DevUser> AllUsers => [.. Users, .. SeededUsers.All.Where(s => Users.TrueForAll(u => u.ClientId != s.ClientId))];

    public DevUser? FindUser(string? clientId) => AllUsers.FirstOrDefault(u => u.ClientId == clientId);
}

/// <summary>
/// Settings from "Identity:Portal": the portal signs people in with the authorization code flow and
/// PKCE (Development only) and calls the gateway for anonymous visitors with its own client credentials.
/// </summary>
public sealed class PortalClientOptions
{
    public string ClientId { get; set; } = "portal";

    public string ClientSecret { get; set; } = "dev-portal-secret";

    /// <summary>Where the portal receives the code (appsettings.json: http://localhost:5070/signin-oidc).</summary>
    public List<Uri> RedirectUris { get; set; } = [];

    /// <summary>Where the portal is sent back after signing out at the issuer.</summary>
    public List<Uri> PostLogoutRedirectUris { get; set; } = [];
}
