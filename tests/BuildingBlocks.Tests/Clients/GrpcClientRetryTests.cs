using System.Collections.Concurrent;
using System.Net;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.ServiceDefaults;
using Mc2cm.ServiceDefaults.Grpc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.BuildingBlocks.Tests.Clients;

/// <summary>
/// A client made by AddServiceGrpcClient, with the HTTP client defaults, against a real server
/// over HTTP/2 that answers the first call of each method 503 (gRPC UNAVAILABLE, and a status the
/// standard HTTP resilience handler would retry): a read is asked again, a write is not.
/// </summary>
public sealed class GrpcClientRetryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_is_retried_after_unavailable_and_a_write_is_sent_once()
    {
        var calls = new ConcurrentDictionary<string, int>();
        await using var server = await StartServerAsync(calls);
        var cities = Client(server);

        var read = await cities.GetCityAsync(new GetCityRequest { Name = "cities/tunis" }, cancellationToken: Ct);
        var write = await Assert.ThrowsAsync<RpcException>(() => cities.CreateCityAsync(new CreateCityRequest { CityId = "tunis" }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal("cities/tunis", read.City.Name);
        Assert.Equal(2, calls[nameof(CitiesService.CitiesServiceBase.GetCity)]);
        Assert.Equal(StatusCode.Unavailable, write.StatusCode);
        Assert.Equal(1, calls[nameof(CitiesService.CitiesServiceBase.CreateCity)]);
    }

    private static CitiesService.CitiesServiceClient Client(WebApplication server)
    {
        var builder = Host.CreateApplicationBuilder();
        // The loopback endpoint this test listens on (the host may add its default ones).
        var address = server.Urls.Single(url => url.StartsWith("http://127.0.0.1:", StringComparison.Ordinal));
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [$"services:cities:{KestrelEndpoints.Grpc}:0"] = address });
        builder.AddClientAppDefaults();
        builder.AddServiceGrpcClient<CitiesService.CitiesServiceClient>("cities");
        return builder.Build().Services.GetRequiredService<CitiesService.CitiesServiceClient>();
    }

    private static async Task<WebApplication> StartServerAsync(ConcurrentDictionary<string, int> calls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var method = context.Request.Path.Value!.Split('/')[^1];
            if (calls.AddOrUpdate(method, 1, (_, n) => n + 1) == 1)
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            }

            await next(context);
        });
        app.MapGrpcService<Cities>();
        await app.StartAsync(Ct);
        return app;
    }

    private sealed class Cities : CitiesService.CitiesServiceBase
    {
        public override Task<GetCityResponse> GetCity(GetCityRequest request, ServerCallContext context) =>
            Task.FromResult(new GetCityResponse { City = new City { Name = request.Name } });

        public override Task<CreateCityResponse> CreateCity(CreateCityRequest request, ServerCallContext context) =>
            Task.FromResult(new CreateCityResponse { City = new City { Name = $"cities/{request.CityId}" } });
    }
}
