using Mc2cm.Identity.Login;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Users;

/// <summary>
/// Registers every dev user as a confidential client allowed the client-credentials grant, and the
/// portal: client credentials everywhere, and in Development the code flow (PKCE required), refresh
/// tokens and sign-out, to its configured redirect URIs only.
/// </summary>
internal sealed class DevClientsSeeder(IServiceScopeFactory scopes, IOptions<DevIdentityOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DevIdentityDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        IEnumerable<OpenIddictApplicationDescriptor> clients = [.. options.Value.AllUsers.Select(User), Portal(options.Value.Portal)];
        foreach (var client in clients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId!, cancellationToken) is null)
            {
                await applications.CreateAsync(client, cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private OpenIddictApplicationDescriptor User(DevUser user) => new()
    {
        ClientId = user.ClientId,
        ClientSecret = options.Value.ClientSecret,
        ClientType = ClientTypes.Confidential,
        DisplayName = user.Name,
        Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
    };

    private OpenIddictApplicationDescriptor Portal(PortalClientOptions portal)
    {
        var client = new OpenIddictApplicationDescriptor
        {
            ClientId = portal.ClientId,
            ClientSecret = portal.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "MC2CM portal",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        if (InteractiveSignIn.IsEnabled(environment))
        {
            client.Permissions.UnionWith(
            [
                Permissions.Endpoints.Authorization, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Scopes.Roles,
            ]);
            client.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
            client.RedirectUris.UnionWith(portal.RedirectUris);
            client.PostLogoutRedirectUris.UnionWith(portal.PostLogoutRedirectUris);
        }

        return client;
    }
}
