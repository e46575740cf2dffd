using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Mc2cm.Web.Identity;

/// <summary>
/// Keeps the tokens saved in a session usable: an access token about to expire is renewed with
/// the refresh token when the provider gave one; otherwise the session ends with the token, and
/// the person is a visitor again until they sign in (never a page that fails on a stale token).
/// </summary>
public static class SessionTokens
{
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public static async Task KeepFreshAsync(CookieValidatePrincipalContext context)
    {
        var expiresAt = context.Properties.GetTokenValue("expires_at");
        if (expiresAt is null
            || !DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var expiry)
            || expiry - TimeProvider.System.GetUtcNow() > Margin)
        {
            return;
        }

        if (context.Properties.GetTokenValue("refresh_token") is { } refreshToken && await RefreshAsync(context, refreshToken))
        {
            context.ShouldRenew = true;
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    private static async Task<bool> RefreshAsync(CookieValidatePrincipalContext context, string refreshToken)
    {
        var services = context.HttpContext.RequestServices;
        var oidc = services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionTokens));
        try
        {
            var configuration = await oidc.ConfigurationManager!.GetConfigurationAsync(context.HttpContext.RequestAborted);
            using var response = await oidc.Backchannel.PostAsync(configuration.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "refresh_token",
                ["refresh_token"] = refreshToken,
                ["client_id"] = oidc.ClientId!,
                ["client_secret"] = oidc.ClientSecret ?? string.Empty,
            }), context.HttpContext.RequestAborted);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogInformation("The provider refused to refresh a session's token ({Status}); the session ends.", (int)response.StatusCode);
                return false;
            }

            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.HttpContext.RequestAborted));
            var root = body.RootElement;
            var seconds = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var s) ? s : 300;
            context.Properties.UpdateTokenValue("access_token", root.GetProperty("access_token").GetString()!);
            if (root.TryGetProperty("refresh_token", out var next) && next.GetString() is { } rotated)
            {
                context.Properties.UpdateTokenValue("refresh_token", rotated);
            }

            context.Properties.UpdateTokenValue("expires_at",
                TimeProvider.System.GetUtcNow().AddSeconds(seconds).ToString("o", CultureInfo.InvariantCulture));
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            logger.LogWarning(ex, "A session's token could not be refreshed; the session ends.");
            return false;
        }
    }
}
