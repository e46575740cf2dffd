using System.Net;
using System.Net.Http.Headers;
using Grpc.Core;
using Grpc.Net.Client;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// Tokens are checked at the gateway and again by the service: an expired, foreign-signed,
/// wrong-audience or wrong-issuer token gets Unauthenticated / 401 on either path, and a valid
/// one is let through to the service's own rules.
/// </summary>
public sealed class TokenValidationTests(GatewayApp app, SharedIssuer issuer) : IClassFixture<GatewayApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // A coordinator-only call with an invalid body: a valid coordinator token gets InvalidArgument.
    private static readonly JoinNetworkRequest CoordinatorCall = new() { Name = "cities/tunis", Phase = "phases/atlantis" };

    public static TheoryData<string> BadTokens => ["expired", "foreign-key", "wrong-audience", "wrong-issuer", "garbage"];

    private string Token(string kind) => kind switch
    {
        "expired" => issuer.Forge(d => (d.IssuedAt, d.NotBefore, d.Expires) = (DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-5))),
        "foreign-key" => issuer.ForgeWithForeignKey(),
        "wrong-audience" => issuer.Forge(d => d.Audience = "another-api"),
        "wrong-issuer" => issuer.Forge(d => d.Issuer = "http://issuer.example.org/"),
        "garbage" => "not-a-token",
        _ => issuer.Token(SharedIssuer.Coordinator),
    };

    private static async Task<StatusCode> CallAsync(Uri address, string token)
    {
        using var channel = GrpcChannel.ForAddress(address);
        var error = await Assert.ThrowsAsync<RpcException>(() => new CitiesService.CitiesServiceClient(channel)
            .JoinNetworkAsync(CoordinatorCall, new Metadata { { "authorization", $"Bearer {token}" } }, cancellationToken: Ct).ResponseAsync);
        return error.StatusCode;
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task A_bad_token_is_refused_at_the_gateway_and_by_the_service_behind_it(string kind)
    {
        var token = Token(kind);
        using var rest = new HttpClient { BaseAddress = app.Gateway.HttpAddress };
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var throughGateway = await CallAsync(app.Gateway.GrpcAddress, token);
        var aroundGateway = await CallAsync(app.Cities.GrpcAddress, token);
        using var restWrite = await rest.PostAsync(new Uri("/api/v1/cities/tunis:join", UriKind.Relative), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), Ct);
        using var restRead = await rest.GetAsync(new Uri("/api/v1/cities/tunis", UriKind.Relative), Ct);

        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated), (throughGateway, aroundGateway));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (restWrite.StatusCode, restRead.StatusCode));
        Assert.Equal("Bearer", restWrite.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_valid_token_reaches_the_services_own_rules_on_both_paths()
    {
        var token = Token("valid");

        Assert.Equal((StatusCode.InvalidArgument, StatusCode.InvalidArgument),
            (await CallAsync(app.Gateway.GrpcAddress, token), await CallAsync(app.Cities.GrpcAddress, token)));
    }

    [Fact]
    public async Task Without_a_token_reads_pass_and_rest_writes_stop_at_the_gateway()
    {
        using var anonymous = app.Gateway.CreateRestClient(user: null);

        var (read, write, writeBody) = await ReadAndWriteAsync(anonymous);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (read, write));
        Assert.Contains("\"code\":16", writeBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portals_own_token_gets_exactly_what_no_token_gets()
    {
        using var issuerClient = new HttpClient { BaseAddress = issuer.Authority };
        var portal = await SharedIssuer.RequestTokenAsync(issuerClient, SharedIssuer.Portal, SharedIssuer.PortalSecret);
        using var rest = new HttpClient { BaseAddress = app.Gateway.HttpAddress };
        rest.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", portal);

        var (read, write, _) = await ReadAndWriteAsync(rest);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Unauthorized), (read, write));
        // A signed-in caller who is no coordinator would get PermissionDenied; a visitor gets Unauthenticated.
        Assert.Equal((StatusCode.Unauthenticated, StatusCode.Unauthenticated),
            (await CallAsync(app.Gateway.GrpcAddress, portal), await CallAsync(app.Cities.GrpcAddress, portal)));
    }

    /// <summary>A published read and a coordinator's write over REST, as <paramref name="rest"/>'s caller.</summary>
    private static async Task<(HttpStatusCode Read, HttpStatusCode Write, string WriteBody)> ReadAndWriteAsync(HttpClient rest)
    {
        using var read = await rest.GetAsync(new Uri("/api/v1/cities/tunis", UriKind.Relative), Ct);
        using var write = await rest.PostAsync(new Uri("/api/v1/cities?cityId=oujda", UriKind.Relative),
            new StringContent("""{"displayName":{"en":"Oujda"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        return (read.StatusCode, write.StatusCode, await write.Content.ReadAsStringAsync(Ct));
    }
}
