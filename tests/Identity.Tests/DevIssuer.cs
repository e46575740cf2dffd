using System.Net.Http.Json;
using System.Text.Json;
using Mc2cm.Identity.Users;
using Mc2cm.LocalRabbitMq;
using Mc2cm.Testing;

namespace Mc2cm.Identity.Tests;

/// <summary>The development issuer on real Kestrel, in the environment a test names.</summary>
public sealed class DevIssuer : IAsyncDisposable
{
    /// <summary>The portal client as identity/appsettings.json registers it.</summary>
    public const string PortalId = SharedIssuer.Portal;
    public const string PortalSecret = SharedIssuer.PortalSecret;
    public static readonly Uri RedirectUri = new("http://localhost:5070/signin-oidc");
    public static readonly Uri PostLogoutRedirectUri = new("http://localhost:5070/signout-callback-oidc");

    private readonly ServiceHost<DevIdentityDbContext> _host;

    private DevIssuer(string environment)
    {
        var ports = (LoopbackPorts.FindFree(), LoopbackPorts.FindFree());
        _host = new ServiceHost<DevIdentityDbContext>(
            new Dictionary<string, string?> { ["Identity:Issuer"] = $"http://127.0.0.1:{ports.Item1}/" }, ports) { Environment = environment };
    }

    /// <summary>The issuer's base address, which is also the issuer named in its tokens.</summary>
    public Uri Address => _host.HttpAddress;

    public static DevIssuer Start(string environment)
    {
        var issuer = new DevIssuer(environment);
        issuer._host.Start();
        return issuer;
    }

    /// <summary>A browser: keeps the issuer's cookies, shows redirects instead of following them.</summary>
    public Browser Browser() => new(Address);

    /// <summary>A back-channel client, as the portal's server calls the token endpoint.</summary>
    public HttpClient BackChannel() => new() { BaseAddress = Address };

    /// <summary>POSTs a token request with the portal's credentials and the given parameters.</summary>
    public async Task<(HttpResponseMessage Response, JsonElement Body)> TokenAsync(params (string Name, string Value)[] parameters)
    {
        using var client = BackChannel();
        var form = new Dictionary<string, string> { ["client_id"] = PortalId, ["client_secret"] = PortalSecret };
        foreach (var (name, value) in parameters)
        {
            form[name] = value;
        }

        var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        return (response, await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken));
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}

/// <summary>The issuer in Development, where people may sign in, for the test assembly.</summary>
public sealed class DevelopmentIssuer : IAsyncLifetime
{
    public DevIssuer Issuer { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Issuer = DevIssuer.Start("Development");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Issuer.DisposeAsync();
}
