using Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Gateway.Tests;

/// <summary>One call through the gateway is one trace: the service's span descends from the gateway's.</summary>
public sealed class TraceTests(GatewayApp app) : IClassFixture<GatewayApp>
{
    [Fact]
    public async Task A_grpc_call_through_the_gateway_is_one_trace_from_gateway_to_service()
    {
        using var recorder = new TraceRecorder();
        using var channel = app.GrpcChannel();
        var cities = new CitiesService.CitiesServiceClient(channel);
        // A first call lets the gateway and the service fetch the token issuer's keys, which would
        // otherwise be spans of this trace too.
        await cities.GetCityAsync(new GetCityRequest { Name = "cities/vienna" }, cancellationToken: TestContext.Current.CancellationToken);

        var traceId = await recorder.TraceAsync(() =>
            cities.GetCityAsync(new GetCityRequest { Name = "cities/vienna" }, cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        var (_, services) = await recorder.ServerSpansAsync(traceId, inner: 1);
        Assert.Equal("/mc2cm.cities.v1.CitiesService/GetCity", TraceRecorder.PathOf(Assert.Single(services)));
    }
}
