using System.Net;
using System.Text.Json;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Mc2cm.Testing;

namespace Mc2cm.Cities.Tests.Integration;

public sealed class HealthTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    /// <summary>Readiness waits for the bus to connect, which takes a while when other test runs share the cores.</summary>
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>app.Rest carries a coordinator's token, to whom the checks are listed outside Development too.</summary>
    [Fact]
    public async Task Readiness_covers_the_database_and_the_broker()
    {
        await Poll.UntilAsync(async () =>
        {
            using var probe = await app.Rest.GetAsync("/health", Ct);
            return probe.StatusCode == HttpStatusCode.OK;
        }, Ready, "Cities to be ready", Ct);

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

        HealthCheckResponse? health = null;
        await Poll.UntilAsync(async () =>
        {
            health = await new Health.HealthClient(channel).CheckAsync(new HealthCheckRequest(), cancellationToken: Ct);
            return health.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }, Ready, "Cities to serve", Ct);
        using var reflection = new ServerReflection.ServerReflectionClient(channel).ServerReflectionInfo(cancellationToken: Ct);
        await reflection.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = string.Empty }, Ct);
        await reflection.RequestStream.CompleteAsync();
        Assert.True(await reflection.ResponseStream.MoveNext(Ct));

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health!.Status);
        var services = reflection.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Contains("mc2cm.cities.v1.CitiesService", services);
        Assert.Contains("mc2cm.cities.v1.NetworkService", services);
    }
}
