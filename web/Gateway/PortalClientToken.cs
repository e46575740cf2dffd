using System.Text.Json.Serialization;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.Extensions.Options;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// The portal's own access token (client credentials, client "portal"), for the calls it makes
/// for visitors who are not signed in: the gateway then knows the caller is the portal and keys
/// its rate limit by the visitor's address the portal forwards. Kept until a minute before it
/// expires. When the provider cannot give one, calls go without a token (the public data needs
/// none) and the provider is asked again after a short pause, not on every call.
/// </summary>
public sealed class PortalClientToken(IHttpClientFactory clients, IOptions<PortalOptions> portal, IOptions<AuthOptions> auth,
    TimeProvider time, ILogger<PortalClientToken> logger)
{
    public const string HttpClientName = "portal-token";
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PauseAfterFailure = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _renewAt;
    private Uri? _tokenEndpoint;

    private HttpClient Http => clients.CreateClient(HttpClientName);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(auth.Value.Authority) && !string.IsNullOrWhiteSpace(portal.Value.ClientSecret);

    public async ValueTask<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (!IsConfigured)
        {
            return null;
        }

        if (time.GetUtcNow() < _renewAt)
        {
            return _token;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (time.GetUtcNow() < _renewAt)
            {
                return _token;
            }

            (_token, var lifetime) = await RequestAsync(cancellationToken);
            _renewAt = time.GetUtcNow() + (_token is null ? PauseAfterFailure : lifetime - Margin);
            return _token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string?, TimeSpan)> RequestAsync(CancellationToken cancellationToken)
    {
        try
        {
            _tokenEndpoint ??= await DiscoverTokenEndpointAsync(cancellationToken);
            var form = new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = portal.Value.ClientId,
                ["client_secret"] = portal.Value.ClientSecret!,
            };
            if (portal.Value.ClientScopes.Count > 0)
            {
                form["scope"] = string.Join(' ', portal.Value.ClientScopes);
            }

            using var response = await Http.PostAsync(_tokenEndpoint, new FormUrlEncodedContent(form), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The provider refused the portal's client credentials ({Status}); visitors' calls go without a token.", (int)response.StatusCode);
                return (null, TimeSpan.Zero);
            }

            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return answer?.AccessToken is { Length: > 0 } token
                ? (token, TimeSpan.FromSeconds(Math.Max(answer.ExpiresIn, 120)))
                : (null, TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(ex, "The portal's token could not be fetched; visitors' calls go without a token.");
            return (null, TimeSpan.Zero);
        }
    }

    private async Task<Uri> DiscoverTokenEndpointAsync(CancellationToken cancellationToken)
    {
        var authority = auth.Value.Authority!.TrimEnd('/');
        var discovery = await Http.GetFromJsonAsync<DiscoveryDocument>(new Uri($"{authority}/.well-known/openid-configuration"), cancellationToken);
        return discovery?.TokenEndpoint is { } endpoint ? new Uri(endpoint) : throw new HttpRequestException("The provider's discovery document names no token endpoint.");
    }

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string? AccessToken, [property: JsonPropertyName("expires_in")] int ExpiresIn);

    private sealed record DiscoveryDocument([property: JsonPropertyName("token_endpoint")] string? TokenEndpoint);
}
