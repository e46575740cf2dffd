using System.Net;
using System.Text;
using Grpc.Core;
using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// The gateway's limits, on a gateway of their own: a bounded flood from one caller on loopback
/// meets its per-caller token bucket (a small one here: 5 calls, then 1 a second) and gets
/// ResourceExhausted / 429 with Retry-After, while a second caller, with a bucket of its own, keeps
/// being served; the portal's visitors are counted apart by the address it forwards, nobody
/// else's forwarded address is read; only the configured browser origin gets CORS answers; and a body over 4 MB gets
/// ResourceExhausted / 413, never 503.
/// </summary>
public sealed class DoorLimitsTests(SharedBroker broker) : IAsyncLifetime
{
    private const int Flood = 40;
    private const string BrowserOrigin = "https://portal.mc2cm.example.org";
    private readonly TestDirectory _data = new("ratelimit");
    private ServiceHost<CitiesGrpcService>? _cities;
    private ServiceHost<Backend>? _gateway;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _cities = ServiceHost<CitiesGrpcService>.StartNew(new Dictionary<string, string?>
        {
            ["ConnectionStrings:citiesdb"] = $"Data Source={_data.File("cities.db")}",
            ["ConnectionStrings:messaging"] = broker.NewVirtualHost(),
        });
        _gateway = ServiceHost<Backend>.StartNew(new Dictionary<string, string?>
        {
            ["services:cities:http:0"] = _cities.HttpAddress.ToString(),
            ["services:cities:grpc:0"] = _cities.GrpcAddress.ToString(),
            ["Gateway:RateLimit:Burst"] = "5",
            ["Gateway:RateLimit:PerSecond"] = "1",
            ["Gateway:CorsOrigins:0"] = BrowserOrigin,
        });
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_flood_from_one_caller_is_refused_with_retry_after_while_another_caller_is_served()
    {
        using var flooder = _gateway!.CreateRestClient(user: null);
        using var other = _gateway.CreateGrpcChannel(SharedIssuer.Coordinator);
        var otherClient = new CitiesService.CitiesServiceClient(other);

        var floodTask = Task.WhenAll(Enumerable.Range(0, Flood).Select(_ => flooder.GetAsync(new Uri("/api/v1/cities/tunis", UriKind.Relative), Ct)));
        var served = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => otherClient.GetCityAsync(new GetCityRequest { Name = "cities/lisbon" }, cancellationToken: Ct).ResponseAsync));
        var flood = await floodTask;

        var refused = flood.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var ok = flood.Count(r => r.StatusCode == HttpStatusCode.OK);
        TestContext.Current.SendDiagnosticMessage($"rate-limit: flood={Flood} ok={ok} refused={refused.Count} other-served={served.Length}");
        Assert.Equal(Flood, ok + refused.Count);
        Assert.InRange(ok, 1, 10);
        Assert.All(refused, r => Assert.True(int.TryParse(r.Headers.GetValues("Retry-After").Single(), out var seconds) && seconds >= 1));
        Assert.All(served, r => Assert.Equal("cities/lisbon", r.City.Name));
        Array.ForEach(flood, r => r.Dispose());
    }

    [Fact]
    public async Task A_grpc_flood_gets_resource_exhausted()
    {
        using var channel = _gateway!.CreateGrpcChannel(SharedIssuer.Evaluator2);
        var client = new CitiesService.CitiesServiceClient(channel);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Flood).Select(async _ =>
        {
            try
            {
                await client.GetCityAsync(new GetCityRequest { Name = "cities/tunis" }, cancellationToken: Ct);
                return StatusCode.OK;
            }
            catch (RpcException ex)
            {
                return ex.StatusCode;
            }
        }));

        Assert.Contains(StatusCode.ResourceExhausted, outcomes);
        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.ResourceExhausted, o.ToString()));
    }

    [Fact]
    public async Task Visitors_of_the_portal_get_a_bucket_each_by_the_address_the_portal_forwards()
    {
        using var client = _gateway!.CreateRestClient(user: null);
        var portal = ForgeToken(subject: "portal", client: "portal");

        var first = await CallAsync(client, portal, _ => "203.0.113.1", Flood);
        var second = await CallAsync(client, portal, _ => "203.0.113.2", 3);

        // Counted against the portal itself, the first visitor's flood would leave nothing for the second.
        Assert.Contains(HttpStatusCode.TooManyRequests, first);
        Assert.All(second, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("another-client")]
    [InlineData("a-person-signed-in-through-the-portal")]
    public async Task A_caller_other_than_the_portal_itself_does_not_escape_its_bucket_with_forwarded_addresses(string caller)
    {
        using var client = _gateway!.CreateRestClient(user: null);
        var token = caller switch
        {
            "another-client" => ForgeToken(subject: "reporting-app", client: "reporting-app"),
            "a-person-signed-in-through-the-portal" => ForgeToken(subject: SharedIssuer.TunisExpert, client: "portal"),
            _ => null,
        };

        // Every call names another visitor: were the header honoured, each would have a fresh bucket.
        var outcomes = await CallAsync(client, token, i => $"198.51.100.{i + 1}", Flood);

        Assert.Contains(HttpStatusCode.TooManyRequests, outcomes);
        Assert.InRange(outcomes.Count(o => o == HttpStatusCode.OK), 1, 10);
    }

    private static string ForgeToken(string subject, string client) =>
        SharedIssuer.Current!.Forge(d => d.Claims = new Dictionary<string, object> { ["sub"] = subject, ["client_id"] = client });

    private static async Task<HttpStatusCode[]> CallAsync(HttpClient client, string? token, Func<int, string> forwardedFor, int count) =>
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/cities/tunis", UriKind.Relative));
            request.Headers.Add("X-Forwarded-For", forwardedFor(i));
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            using var response = await client.SendAsync(request, Ct);
            return response.StatusCode;
        }));

    [Fact]
    public async Task Only_a_configured_browser_origin_may_call_from_a_browser()
    {
        using var client = _gateway!.CreateRestClient(user: null);

        using var allowed = await PreflightAsync(client, BrowserOrigin);
        using var other = await PreflightAsync(client, "https://elsewhere.example.org");
        using var read = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/cities/tunis", UriKind.Relative)) { Headers = { { "Origin", BrowserOrigin } } };
        using var answer = await client.SendAsync(read, Ct);

        Assert.Equal(BrowserOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Equal(BrowserOrigin, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("grpc-status", answer.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_4_MB_is_refused_with_413_whether_its_length_is_declared_or_found_while_read(bool declared)
    {
        using var client = _gateway!.CreateRestClient(SharedIssuer.Coordinator);
        var json = $$"""{"displayName":{"en":"{{new string('x', (4 * 1024 * 1024) + 1024)}}"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}""";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cities?cityId=oujda", UriKind.Relative))
        {
            Content = declared ? new StringContent(json, Encoding.UTF8, "application/json") : new StreamedJson(json),
        };
        // As curl does for a large body: the refusal comes before the body is sent.
        request.Headers.ExpectContinue = declared;

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        using var error = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal((int)StatusCode.ResourceExhausted, error.RootElement.GetProperty("code").GetInt32());
    }

    // What a browser sends before a gRPC-Web or JSON call from another origin.
    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, new Uri("/mc2cm.cities.v1.CitiesService/GetCity", UriKind.Relative));
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web,authorization");
        return client.SendAsync(request, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_gateway is not null) await _gateway.DisposeAsync();
        if (_cities is not null) await _cities.DisposeAsync();
        _data.Dispose();
    }
}
