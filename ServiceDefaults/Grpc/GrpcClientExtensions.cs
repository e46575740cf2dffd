using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A gRPC client of another suite service, found through service discovery on its "grpc"
    /// (HTTP/2) endpoint, with the standard resilience handler (from the HTTP client defaults).
    /// The incoming call's deadline and cancellation flow on to the next hop.
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : class =>
        builder.Services
            .AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_{KestrelEndpoints.Grpc}.{service}"))
            .EnableCallContextPropagation(o => o.SuppressContextNotFoundErrors = true);
}
