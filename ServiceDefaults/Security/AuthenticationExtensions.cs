using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// JWT bearer tokens from the configured OpenID Connect provider, checked in every process: the
/// gateway checks them, and each service checks them again, so a call around the gateway gains
/// nothing. Claims are read as issued (sub, role, mc2cm:city), not remapped. The token of a client
/// calling for anonymous visitors (the portal) is checked like any other, then gets exactly what a
/// call without a token gets (<see cref="AnonymousClients"/>).
/// </summary>
public static class AuthenticationExtensions
{
    public static TBuilder AddServiceAuthentication<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = auth.Authority;
            options.Audience = auth.Audience;
            options.RequireHttpsMetadata = auth.RequireHttpsMetadata;
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = McClaims.Subject;
            options.TokenValidationParameters.RoleClaimType = McClaims.Role;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            options.Events = AnonymousClients.Events(auth);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Coordinator, p => p.RequireRole(Roles.Coordinator))
            .AddPolicy(Policies.CityStaff, p => p.RequireRole(Roles.Coordinator, Roles.FocalPoint, Roles.LocalExpert))
            .AddPolicy(Policies.Evaluator, p => p.RequireRole(Roles.Evaluator))
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser())
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireRole(Roles.Coordinator).Build());
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalResponses>();
        return builder;
    }
}
