using Microsoft.AspNetCore.Authentication;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Mc2cm.Web.Identity;

/// <summary>
/// Sign-in with OpenID Connect (authorization code + PKCE) at the provider named by Auth:Authority,
/// into a server-side cookie session that keeps the person's tokens; the browser holds the cookie
/// only, never a token. Without an authority the portal is public-only: nobody can sign in.
/// </summary>
public static class SignInExtensions
{
    public const string SessionCookie = "mc2cm-session";

    public static IHostApplicationBuilder AddPortalSignIn(this IHostApplicationBuilder builder)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var portal = builder.Configuration.GetSection(PortalOptions.Section).Get<PortalOptions>() ?? new PortalOptions();
        var signInPossible = !string.IsNullOrWhiteSpace(auth.Authority);

        var authentication = builder.Services.AddAuthentication(o =>
        {
            o.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            o.DefaultChallengeScheme = signInPossible ? OpenIdConnectDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme;
        }).AddCookie(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.LoginPath = AccountEndpoints.SignInPath;
            o.Events.OnValidatePrincipal = SessionTokens.KeepFreshAsync;
        });

        if (signInPossible)
        {
            authentication.AddOpenIdConnect(o =>
            {
                o.Authority = auth.Authority;
                o.RequireHttpsMetadata = auth.RequireHttpsMetadata;
                o.ClientId = portal.ClientId;
                o.ClientSecret = portal.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                // The code comes back on a top-level GET, so the correlation and nonce cookies can
                // be SameSite=Lax like the session (form_post would need SameSite=None).
                o.ResponseMode = "query";
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // Pushed authorization requests only where the provider's client is set up for them.
                o.PushedAuthorizationBehavior = PushedAuthorizationBehavior.Disable;
                o.SaveTokens = true;
                o.GetClaimsFromUserInfoEndpoint = true;
                o.MapInboundClaims = false;
                o.Scope.Clear();
                foreach (var scope in portal.Scopes.Append("openid").Distinct(StringComparer.Ordinal))
                {
                    o.Scope.Add(scope);
                }

                o.TokenValidationParameters.NameClaimType = portal.Claims.Name;
                o.TokenValidationParameters.RoleClaimType = portal.Claims.Role;
                o.ClaimActions.MapUniqueJsonKey(portal.Claims.Name, portal.Claims.Name);
                o.ClaimActions.MapJsonKey(portal.Claims.Role, portal.Claims.Role);
                o.ClaimActions.MapJsonKey(portal.Claims.City, portal.Claims.City);
            });
        }

        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped(sp => PortalUser.From(
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.User, portal.Claims) ?? PortalUser.Anonymous);
        builder.Services.AddSingleton(new SignInAvailability(signInPossible));
        return builder;
    }
}

/// <summary>Whether a provider is configured, so the header offers "Sign in" only when it can work.</summary>
public sealed record SignInAvailability(bool IsAvailable);
