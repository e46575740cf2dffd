namespace Mc2cm.Bench.Processes;

/// <summary>
/// The settings each Release process gets, as environment variables (what the AppHost passes):
/// its two Kestrel endpoints, its SQLite file in the run folder, the private broker, the dev
/// issuer, and where the other services are.
/// </summary>
public static class SuiteEnvironment
{
    public static Dictionary<string, string> Common(Endpoints endpoints) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["DOTNET_ENVIRONMENT"] = "Production",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["Kestrel__Endpoints__http__Url"] = endpoints.Http.ToString(),
        ["Kestrel__Endpoints__grpc__Url"] = endpoints.Grpc.ToString(),
    };

    /// <summary>The portal's client secret at the dev issuer (its default, set on both sides as the AppHost does).</summary>
    public const string PortalClientSecret = "dev-portal-secret";

    /// <summary>
    /// The dev issuer, with its interactive sign-in (Development only, as under the AppHost) so the
    /// signed-in portal scenarios can sign a person in; the portal's redirect URIs as the AppHost sets them.
    /// </summary>
    public static Dictionary<string, string> Issuer(Endpoints endpoints, Endpoints portal)
    {
        var environment = Common(endpoints);
        environment["ASPNETCORE_ENVIRONMENT"] = environment["DOTNET_ENVIRONMENT"] = "Development";
        environment["Identity__Issuer"] = endpoints.Http.ToString();
        environment["Identity__Portal__ClientSecret"] = PortalClientSecret;
        environment["Identity__Portal__RedirectUris__0"] = new Uri(portal.Http, "/signin-oidc").ToString();
        environment["Identity__Portal__PostLogoutRedirectUris__0"] = new Uri(portal.Http, "/signout-callback-oidc").ToString();
        return environment;
    }

    /// <summary>
    /// The portal (web/), as the AppHost starts it: one HTTP/1.1 endpoint, the gateway's address, the
    /// issuer's, and its client secret for its own token. Nothing else: every page's data goes through the gateway.
    /// </summary>
    public static Dictionary<string, string> Portal(Endpoints endpoints, Uri issuer, Endpoints gateway)
    {
        var environment = Common(endpoints);
        environment.Remove("Kestrel__Endpoints__grpc__Url");
        environment["Portal__ClientSecret"] = PortalClientSecret;
        AddIssuer(environment, issuer);
        AddServices(environment, new Dictionary<string, Endpoints> { ["gateway"] = gateway });
        return environment;
    }

    public static Dictionary<string, string> Service(
        string name, Endpoints endpoints, SuiteLayout layout, string broker, Uri issuer, IReadOnlyDictionary<string, Endpoints> services)
    {
        var environment = Common(endpoints);
        environment["Database__Provider"] = "Sqlite";
        environment[$"ConnectionStrings__{name}db"] = $"Data Source={layout.Database(name)}";
        environment["ConnectionStrings__messaging"] = broker;
        AddIssuer(environment, issuer);
        AddServices(environment, services);
        return environment;
    }

    /// <summary>
    /// The gateway's per-caller rate limit is raised out of the way (every bench call comes from one
    /// address); the limiter itself still runs on every call.
    /// </summary>
    public static Dictionary<string, string> Gateway(Endpoints endpoints, Uri issuer, IReadOnlyDictionary<string, Endpoints> services)
    {
        var environment = Common(endpoints);
        environment["Gateway__RateLimit__Burst"] = "100000000";
        environment["Gateway__RateLimit__PerSecond"] = "100000000";
        AddIssuer(environment, issuer);
        AddServices(environment, services);
        return environment;
    }

    private static void AddIssuer(Dictionary<string, string> environment, Uri issuer)
    {
        environment["Auth__Authority"] = issuer.ToString();
        environment["Auth__RequireHttpsMetadata"] = "false";
    }

    private static void AddServices(Dictionary<string, string> environment, IReadOnlyDictionary<string, Endpoints> services)
    {
        foreach (var (name, endpoints) in services)
        {
            environment[$"services__{name}__http__0"] = endpoints.Http.ToString();
            environment[$"services__{name}__grpc__0"] = endpoints.Grpc.ToString();
        }
    }
}
