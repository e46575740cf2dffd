using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Mc2cm.Identity.Users;

/// <summary>Registers every dev user as a confidential client allowed the client-credentials grant.</summary>
internal sealed class DevClientsSeeder(IServiceScopeFactory scopes, IOptions<DevIdentityOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DevIdentityDbContext>().Database.EnsureCreatedAsync(cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var user in options.Value.AllUsers)
        {
            if (await applications.FindByClientIdAsync(user.ClientId, cancellationToken) is not null)
            {
                continue;
            }

            await applications.CreateAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = user.ClientId,
                ClientSecret = options.Value.ClientSecret,
                ClientType = ClientTypes.Confidential,
                DisplayName = user.Name,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            }, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
