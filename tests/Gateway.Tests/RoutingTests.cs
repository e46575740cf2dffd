using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Gateway.Tests;

/// <summary>One door, three faces: native gRPC, gRPC-Web and REST reach Cities with its own error semantics.</summary>
public sealed class RoutingTests(GatewayApp app) : IClassFixture<GatewayApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Native_grpc_lists_the_phase_one_cities()
    {
        using var channel = app.GrpcChannel();

        var response = await new CitiesService.CitiesServiceClient(channel)
            .ListCitiesAsync(new ListCitiesRequest { Phase = "phases/phase-1" }, cancellationToken: Ct);

        Assert.Equal(9, response.TotalSize);
        Assert.Contains(response.Cities, c => c.Name == "cities/tangier");
    }

    [Fact]
    public async Task Grpc_web_over_http1_reads_a_city()
    {
        using var channel = app.GrpcWebChannel();

        var response = await new CitiesService.CitiesServiceClient(channel).GetCityAsync(new GetCityRequest { Name = "cities/tunis" }, cancellationToken: Ct);

        Assert.Equal(638_845, response.City.Population.Value);
    }

    [Fact]
    public async Task Rest_reaches_every_path_of_the_service()
    {
        using var rest = app.Rest();

        foreach (var path in new[] { "/api/v1/cities/lisbon", "/api/v1/cities?region=REGION_EUROPE", "/api/v1/partners", "/api/v1/phases", "/api/v1/network:summary" })
        {
            using var response = await rest.GetAsync(path, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Errors_keep_their_status_and_details_through_the_gateway()
    {
        using var channel = app.GrpcChannel();
        using var rest = app.Rest();

        var notFound = await Assert.ThrowsAsync<RpcException>(() => new CitiesService.CitiesServiceClient(channel)
            .GetCityAsync(new GetCityRequest { Name = "cities/atlantis" }, cancellationToken: Ct).ResponseAsync);
        using var badInput = await rest.PostAsync("/api/v1/cities?cityId=x", new StringContent("""{"countryCode":"PT"}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("cities/atlantis", notFound.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
        Assert.Equal(HttpStatusCode.BadRequest, badInput.StatusCode);
        var fields = (await badInput.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("details")[0].GetProperty("fieldViolations")
            .EnumerateArray().Select(v => v.GetProperty("field").GetString());
        Assert.Equal(["city_id", "city.display_name.en", "city.region"], fields);
    }

    [Fact]
    public async Task Unknown_routes_are_answered_by_the_gateway_in_the_callers_protocol()
    {
        using var rest = app.Rest();
        using var channel = app.GrpcChannel();

        using var missing = await rest.GetAsync("/api/v1/nowhere", Ct);
        var unknownService = await Assert.ThrowsAsync<RpcException>(() => channel.CreateCallInvoker()
            .AsyncUnaryCall(new Method<GetCityRequest, GetCityResponse>(MethodType.Unary, "mc2cm.nowhere.v1.NowhereService", "Get",
                Marshallers.Create(r => r.ToByteArray(), GetCityRequest.Parser.ParseFrom), Marshallers.Create(r => r.ToByteArray(), GetCityResponse.Parser.ParseFrom)),
                null, new CallOptions(cancellationToken: Ct), new GetCityRequest()).ResponseAsync);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(5, (await missing.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetInt32());
        Assert.Equal(StatusCode.Unimplemented, unknownService.StatusCode);
    }

    [Fact]
    public async Task The_gateway_has_its_own_health()
    {
        using var rest = app.Rest();

        using var health = await rest.GetAsync("/health", Ct);
        using var alive = await rest.GetAsync("/alive", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (health.StatusCode, alive.StatusCode));
    }
}
