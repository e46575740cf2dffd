namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// The portal (web/): a client app like any other. It is given the gateway's address and the
/// token issuer's, and nothing else: every page's data goes through the gateway's door.
/// </summary>
public static class Portal
{
    public const string Name = "web";

    /// <summary>The portal's secret at the dev issuer (identity/appsettings.json, Identity:Portal:ClientSecret), used when no Portal:ClientSecret is configured.</summary>
    private const string DevClientSecret = "dev-portal-secret";

    public static IResourceBuilder<ProjectResource> AddPortal(
        this IDistributedApplicationBuilder builder, IResourceBuilder<ProjectResource> gateway, IResourceBuilder<ProjectResource>? issuer)
    {
        var secret = builder.Configuration["Portal:ClientSecret"] ?? (issuer is null ? null : DevClientSecret);
        return builder.AddProject<Projects.Mc2cm_Web>(Name)
            .WithHttpHealthCheck("/health", endpointName: "http")
            .WithReference(gateway)
            .WithTokensFrom(issuer, builder)
            .WithEnvironment("Portal__ClientSecret", secret);
    }
}
