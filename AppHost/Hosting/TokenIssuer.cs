namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// Where the suite's access tokens come from. By default the development issuer (identity/) runs
/// beside the services, on plain HTTP, with its seeded dev users; with Auth:Authority set, the
/// services trust that OpenID Connect provider instead and no dev issuer runs.
/// </summary>
public static class TokenIssuer
{
    /// <summary>The portal's client id at the dev issuer (identity/appsettings.json, Identity:Portal:ClientId).</summary>
    private const string PortalClientId = "portal";

    public static IResourceBuilder<ProjectResource>? AddTokenIssuer(this IDistributedApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration["Auth:Authority"]))
        {
            return null;
        }

        var identity = builder.AddProject<Projects.Mc2cm_Identity>("identity").WithHttpHealthCheck("/health", endpointName: "http");
        // The issuer named in tokens is the address the services are given, whatever address a client asked.
        return identity.WithEnvironment(context => context.EnvironmentVariables["Identity__Issuer"] = identity.GetEndpoint("http"));
    }

    /// <summary>
    /// Lets the portal sign people in at the dev issuer: its redirect URIs follow the portal's
    /// "http" endpoint, whatever port it got (tests run it on a random one).
    /// </summary>
    public static IResourceBuilder<ProjectResource>? WithSignInClient(
        this IResourceBuilder<ProjectResource>? issuer, IResourceBuilder<ProjectResource> portal)
    {
        var web = portal.GetEndpoint("http");
        return issuer?
            .WithEnvironment("Identity__Portal__RedirectUris__0", ReferenceExpression.Create($"{web}/signin-oidc"))
            .WithEnvironment("Identity__Portal__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{web}/signout-callback-oidc"));
    }

    /// <summary>Tells a service or the gateway whose tokens to accept.</summary>
    public static IResourceBuilder<ProjectResource> WithTokensFrom(
        this IResourceBuilder<ProjectResource> resource, IResourceBuilder<ProjectResource>? issuer, IDistributedApplicationBuilder builder)
    {
        if (issuer is null)
        {
            return resource
                .WithEnvironment("Auth__Authority", builder.Configuration["Auth:Authority"])
                .WithEnvironment("Auth__Audience", builder.Configuration["Auth:Audience"] ?? "mc2cm-api")
                .WithEnvironment("Auth__AnonymousSubjects__0", builder.Configuration["Auth:AnonymousSubjects:0"]);
        }

        // The portal's own token, for its anonymous visitors, opens no more than no token. Nothing waits
        // for the issuer: its metadata is fetched with the first token that comes, and none comes before it is up.
        return resource
            .WithEnvironment("Auth__Authority", issuer.GetEndpoint("http"))
            .WithEnvironment("Auth__RequireHttpsMetadata", "false")
            .WithEnvironment("Auth__AnonymousSubjects__0", PortalClientId);
    }
}
