using Mc2cm.Identity.Login;
using Mc2cm.Identity.Users;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Identity;

/// <summary>The parts of the development issuer.</summary>
public static class DevIdentityExtensions
{
    public static IHostApplicationBuilder AddDevIdentity(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(DevIdentityOptions.Section);
        builder.Services.Configure<DevIdentityOptions>(section);
        var settings = section.Get<DevIdentityOptions>() ?? new DevIdentityOptions();
        var interactive = InteractiveSignIn.IsEnabled(builder.Environment);

        // A named in-memory database lives while one connection to it stays open. Each context opens
        // its own connection to it: one connection shared by concurrent requests fails in SQLite.
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = $"mc2cm-identity-{Guid.NewGuid():N}",
            Mode = SqliteOpenMode.Memory,
            Cache = SqliteCacheMode.Shared,
        }.ToString();
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        builder.Services.AddSingleton(keepAlive);
        builder.Services.AddDbContext<DevIdentityDbContext>(o => o.UseSqlite(connectionString).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<DevIdentityDbContext>())
            .AddServer(o =>
            {
                o.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
                o.AllowClientCredentialsFlow();
                if (interactive)
                {
                    o.AllowInteractiveSignIn();
                }

                o.SetAccessTokenLifetime(settings.TokenLifetime);
                if (settings.Issuer is not null)
                {
                    // Fixed, so the tokens name the address the services were told, whatever address was asked.
                    o.SetIssuer(settings.Issuer);
                }

                // Fresh keys at every start: dev tokens do not outlive the issuer.
                o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
                // Plain signed JWTs, so any JWT bearer validator can read them with the published keys.
                o.DisableAccessTokenEncryption();
                o.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
            });
        builder.Services.AddHostedService<DevClientsSeeder>();
        if (interactive)
        {
            builder.AddInteractiveSignIn();
        }

        return builder;
    }

    public static WebApplication MapDevIdentity(this WebApplication app)
    {
        // Clients come here without a token to get one; OpenIddict authenticates them by their credentials.
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.IssueAsync).AllowAnonymous();
        if (InteractiveSignIn.IsEnabled(app.Environment))
        {
            app.MapInteractiveSignIn();
        }

        return app;
    }
}
