namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// Where the suite's access tokens come from. By default the development issuer (identity/) runs
/// beside the services, on plain HTTP, with its seeded dev users; with Auth:Authority set, the
/// services trust that OpenID Connect provider instead and no dev issuer runs.
/// </summary>
public static class TokenIssuer
{
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

    /// <summary>Tells a service or the gateway whose tokens to accept.</summary>
    public static IResourceBuilder<ProjectResource> WithTokensFrom(
        this IResourceBuilder<ProjectResource> resource, IResourceBuilder<ProjectResource>? issuer, IDistributedApplicationBuilder builder)
    {
        if (issuer is null)
        {
            return resource
                .WithEnvironment("Auth__Authority", builder.Configuration["Auth:Authority"])
                .WithEnvironment("Auth__Audience", builder.Configuration["Auth:Audience"] ?? "mc2cm-api");
        }

        return resource
            .WithEnvironment("Auth__Authority", issuer.GetEndpoint("http"))
            .WithEnvironment("Auth__RequireHttpsMetadata", "false")
            .WaitFor(issuer);
    }
}
