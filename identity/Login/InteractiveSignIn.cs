using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Login;

/// <summary>
/// People signing in to the portal: the authorization endpoint (code flow, PKCE required), the
/// issuer's own login page and session cookie, and the end-session endpoint. Development only: a
/// development issuer with known passwords must never sign anyone in anywhere else.
/// </summary>
public static class InteractiveSignIn
{
    /// <summary>The issuer's own session (who signed in on its login page), apart from the portal's.</summary>
    public const string SessionScheme = "mc2cm-issuer-session";

    public static bool IsEnabled(IHostEnvironment environment) => environment.IsDevelopment();

    public static IHostApplicationBuilder AddInteractiveSignIn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthentication().AddCookie(SessionScheme, options =>
        {
            options.Cookie.Name = "mc2cm.issuer";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = LoginEndpoints.Path;
            options.ReturnUrlParameter = LoginEndpoints.ReturnUrl;
        });
        builder.Services.AddAntiforgery();
        return builder;
    }

    public static OpenIddictServerBuilder AllowInteractiveSignIn(this OpenIddictServerBuilder server)
    {
        server.SetAuthorizationEndpointUris(AuthorizeEndpoint.Path.TrimStart('/'))
            .SetEndSessionEndpointUris(EndSessionEndpoint.Path.TrimStart('/'))
            .AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
            .AllowRefreshTokenFlow()
            .RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess);
        server.UseAspNetCore().EnableAuthorizationEndpointPassthrough().EnableEndSessionEndpointPassthrough();
        return server;
    }

    public static WebApplication MapInteractiveSignIn(this WebApplication app)
    {
        // The login form's post is refused without the token its page handed out.
        app.UseAntiforgery();
        // Reached without a token by definition: each endpoint checks what it needs itself.
        string[] getAndPost = [HttpMethods.Get, HttpMethods.Post];
        app.MapMethods(AuthorizeEndpoint.Path, getAndPost, AuthorizeEndpoint.AuthorizeAsync).AllowAnonymous();
        app.MapMethods(EndSessionEndpoint.Path, getAndPost, EndSessionEndpoint.EndAsync).AllowAnonymous();
        app.MapGet(LoginEndpoints.Path, LoginEndpoints.Show).AllowAnonymous();
        app.MapPost(LoginEndpoints.Path, LoginEndpoints.SubmitAsync).AllowAnonymous();
        app.MapGet(LoginPage.StylesheetPath, LoginPage.Stylesheet).AllowAnonymous();
        return app;
    }
}
