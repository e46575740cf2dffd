using System.Net.Http.Json;
using System.Text.Json;
using Mc2cm.Identity.Users;
using Mc2cm.LocalRabbitMq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;
using Xunit;

namespace Mc2cm.Testing;

/// <summary>
/// The development token issuer for a whole test assembly (an assembly fixture), on real
/// Kestrel: every service host the tests start trusts it, and channels carry its tokens — the
/// same OpenID Connect discovery, keys and validation as a real run.
/// </summary>
public sealed class SharedIssuer : IAsyncLifetime
{
    /// <summary>The seeded dev users (identity/appsettings.json), by client id.</summary>
    public const string Coordinator = "coordinator";
    public const string TunisFocalPoint = "tunis-focal-point";
    public const string TunisExpert = "tunis-expert";
    public const string SfaxFocalPoint = "sfax-focal-point";
    public const string LisbonExpert = "lisbon-expert";
    public const string Evaluator1 = "evaluator-1";
    public const string Evaluator2 = "evaluator-2";
    public const string Secret = "dev-secret";

    /// <summary>The portal's own client (identity/appsettings.json): its token counts as no token.</summary>
    public const string Portal = "portal";
    public const string PortalSecret = "dev-portal-secret";

    private static readonly string[] Users = [Coordinator, TunisFocalPoint, TunisExpert, SfaxFocalPoint, LisbonExpert, Evaluator1, Evaluator2];
    private readonly Dictionary<string, string> _tokens = [];
    private ServiceHost<DevIdentityDbContext>? _host;

    /// <summary>The issuer of the running test assembly, if it has one.</summary>
    public static SharedIssuer? Current { get; private set; }

    public Uri Authority => _host?.HttpAddress ?? throw new InvalidOperationException("The issuer has not started.");

    /// <summary>What a service host needs to trust this issuer's tokens.</summary>
    public IReadOnlyDictionary<string, string?> ServiceSettings => new Dictionary<string, string?>
    {
        ["Auth:Authority"] = Authority.ToString(),
        ["Auth:RequireHttpsMetadata"] = "false",
        ["Auth:AnonymousSubjects:0"] = Portal,
    };

    public async ValueTask InitializeAsync()
    {
        var ports = (LoopbackPorts.FindFree(), LoopbackPorts.FindFree());
        _host = new ServiceHost<DevIdentityDbContext>(new Dictionary<string, string?> { ["Identity:Issuer"] = $"http://127.0.0.1:{ports.Item1}/" }, ports).Start();
        using var client = _host.CreateRestClient(user: null);
        foreach (var user in Users)
        {
            _tokens[user] = await RequestTokenAsync(client, user);
        }

        Current = this;
    }

    /// <summary>A valid access token of a seeded dev user (fetched once; they last an hour).</summary>
    public string Token(string user) => _tokens.TryGetValue(user, out var token) ? token : throw new ArgumentException($"No dev user '{user}'.", nameof(user));

    /// <summary>Asks the token endpoint with client credentials, as any client would.</summary>
    public static async Task<string> RequestTokenAsync(HttpClient client, string user, string secret = Secret)
    {
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = user, ["client_secret"] = secret,
        }));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>
    /// A coordinator's token signed with the issuer's own key but changed by <paramref name="change"/>
    /// (expired, another audience…), to show what validation refuses.
    /// </summary>
    public string Forge(Action<SecurityTokenDescriptor> change) => Sign(
        _host!.Services.GetRequiredService<IOptionsMonitor<OpenIddictServerOptions>>().CurrentValue.SigningCredentials[0], change);

    /// <summary>A coordinator's token like a real one, but signed with a key the issuer never published.</summary>
    public string ForgeWithForeignKey()
    {
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        return Sign(new SigningCredentials(new RsaSecurityKey(rsa.ExportParameters(includePrivateParameters: true)) { KeyId = "foreign" }, SecurityAlgorithms.RsaSha256), _ => { });
    }

    private string Sign(SigningCredentials credentials, Action<SecurityTokenDescriptor> change)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = $"http://127.0.0.1:{_host!.HttpPort}/",
            Audience = "mc2cm-api",
            IssuedAt = now, NotBefore = now, Expires = now.AddMinutes(10),
            Claims = new Dictionary<string, object> { ["sub"] = Coordinator, ["role"] = "coordinator" },
            SigningCredentials = credentials,
            TokenType = "at+jwt",
        };
        change(descriptor);
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        Current = null;
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
