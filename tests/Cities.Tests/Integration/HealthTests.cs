using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Mc2cm.Cities.Tests.Integration;

public sealed class HealthTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readiness_covers_the_database_and_the_broker()
    {
        using var response = await app.Rest.GetAsync("/health", Ct);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var checks = report.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("broker").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Grpc_health_answers_serving_and_reflection_lists_the_services()
    {
        using var channel = app.Host.CreateGrpcChannel();

        var health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);
        using var reflection = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(cancellationToken: Ct);
        await reflection.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, Ct);
        await reflection.RequestStream.CompleteAsync();
        Assert.True(await reflection.ResponseStream.MoveNext(Ct));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        var services = reflection.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Contains("mc2cm.cities.v1.CitiesService", services);
        Assert.Contains("mc2cm.cities.v1.NetworkService", services);
    }
}
