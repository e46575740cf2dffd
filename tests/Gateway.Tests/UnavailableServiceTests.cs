using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests;

/// <summary>A service that is down gets an immediate, protocol-correct answer, and is served again once back.</summary>
public sealed class UnavailableServiceTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly GatewayApp _app = new(broker);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_stopped_service_is_unavailable_at_once_on_both_faces_and_served_again_when_back()
    {
        using var channel = _app.GrpcChannel();
        using var rest = _app.Rest();
        var cities = new CitiesService.CitiesServiceClient(channel);
        var lisbon = new GetCityRequest { Name = "cities/lisbon" };
        await cities.GetCityAsync(lisbon, cancellationToken: Ct);

        await _app.StopCitiesAsync();
        // A generous deadline: the answer must be Unavailable, not a wait until the deadline.
        var down = await Assert.ThrowsAsync<RpcException>(() =>
            cities.GetCityAsync(lisbon, deadline: DateTime.UtcNow.AddSeconds(20), cancellationToken: Ct).ResponseAsync);
        using var downRest = await rest.GetAsync("/api/v1/cities/lisbon", Ct);

        Assert.Equal(StatusCode.Unavailable, down.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, downRest.StatusCode);
        Assert.Equal(14, (await downRest.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetInt32());

        _app.RestartCities();
        await Poll.UntilAsync(async () =>
        {
            using var response = await rest.GetAsync("/api/v1/cities/lisbon", Ct);
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(60), "the gateway to serve Cities again", Ct);
        Assert.Equal("cities/lisbon", (await cities.GetCityAsync(lisbon, cancellationToken: Ct)).City.Name);
    }
}
