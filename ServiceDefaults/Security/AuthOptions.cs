namespace Mc2cm.ServiceDefaults.Security;

/// <summary>Settings from configuration section "Auth": the OpenID Connect provider whose tokens are accepted.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer's base URL; its discovery document names the signing keys. Unset: no token is accepted.</summary>
    public string? Authority { get; set; }

    /// <summary>The audience a token must be issued for.</summary>
    public string Audience { get; set; } = McClaims.DefaultAudience;

    /// <summary>False only for a development issuer on plain HTTP.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Token subjects of clients that call for anonymous visitors (the portal's client-credentials
    /// token): a valid token of theirs counts as no token, so it opens nothing a visitor could not.
    /// </summary>
    public List<string> AnonymousSubjects { get; set; } = [];
}
