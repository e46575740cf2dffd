using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Net.Client;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Gateway.Routing;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>One caller of a gateway's overview: native gRPC and REST, with one user's token or none.</summary>
public sealed class OverviewCaller : IDisposable
{
    private readonly GrpcChannel _channel;

    public OverviewCaller(ServiceHost<Backend> gateway, string? user)
    {
        _channel = gateway.CreateGrpcChannel(user);
        Grpc = new OverviewService.OverviewServiceClient(_channel);
        Rest = gateway.CreateRestClient(user);
    }

    public OverviewService.OverviewServiceClient Grpc { get; }

    public HttpClient Rest { get; }

    /// <summary>The overview of cities/{<paramref name="cityId"/>} over gRPC.</summary>
    public async Task<CityOverview> GetAsync(string cityId, DateTime? deadline = null) =>
        (await Grpc.GetCityOverviewAsync(new GetCityOverviewRequest { Name = $"cities/{cityId}" }, deadline: deadline,
            cancellationToken: TestContext.Current.CancellationToken)).Overview;

    /// <summary>The overview's JSON at GET /api/v1/cities/{<paramref name="cityId"/>}/overview.</summary>
    public Task<JsonElement> GetJsonAsync(string cityId, string query = "") =>
        Rest.GetFromJsonAsync<JsonElement>($"/api/v1/cities/{cityId}/overview{query}", TestContext.Current.CancellationToken);

    public void Dispose()
    {
        Rest.Dispose();
        _channel.Dispose();
    }
}
