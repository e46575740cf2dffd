namespace Mc2cm.Identity.Users;

/// <summary>A seeded development user, signing in with client credentials: its client id is its subject.</summary>
public sealed class DevUser
{
    public string ClientId { get; set; } = string.Empty;

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

    /// <summary>Users besides <see cref="SeededUsers"/> (a configured client id replaces the seeded one).</summary>
    public List<DevUser> Users { get; set; } = [];

    public IReadOnlyList<DevUser> AllUsers => [.. Users, .. SeededUsers.All.Where(s => Users.TrueForAll(u => u.ClientId != s.ClientId))];
}
