using System.Reflection;
using Google.Api;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mc2cm.ServiceDefaults.Grpc;

public static class GrpcClientExtensions
{
    /// <summary>
    /// A gRPC client of another suite service, found through service discovery on its "grpc"
    /// (HTTP/2) endpoint. Only reads are retried, by gRPC's own retry policy (see
    /// <see cref="ReadsRetried"/>): every gRPC call is an HTTP POST, which the standard resilience
    /// handler of the HTTP client defaults leaves alone. The incoming call's deadline and
    /// cancellation flow on to the next hop.
    /// </summary>
    public static IHttpClientBuilder AddServiceGrpcClient<TClient>(this IHostApplicationBuilder builder, string service)
        where TClient : class =>
        builder.Services
            .AddGrpcClient<TClient>(o => o.Address = new Uri($"http://_{KestrelEndpoints.Grpc}.{service}"))
            .ConfigureChannel(o => o.ServiceConfig = ReadsRetried(typeof(TClient)))
            .EnableCallContextPropagation(o => o.SuppressContextNotFoundErrors = true);

    /// <summary>For a caller that answers at once when a service is down rather than after retries.</summary>
    public static IHttpClientBuilder WithoutGrpcRetries(this IHttpClientBuilder client) =>
        client.ConfigureChannel(o => o.ServiceConfig = null);

    /// <summary>
    /// Retries, on UNAVAILABLE only, the methods of <paramref name="client"/>'s service that the
    /// API declares as reads (an HTTP GET rule): a read asked twice answers the same, while a
    /// write whose answer was lost may have been applied, so only its caller can tell whether to
    /// send it again.
    /// </summary>
    private static ServiceConfig? ReadsRetried(Type client)
    {
        // A generated client is nested in its service's static class, which holds the descriptor.
        var service = (Google.Protobuf.Reflection.ServiceDescriptor?)client.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{client.Name} is not a generated gRPC client.");
        var retry = new MethodConfig
        {
            RetryPolicy = new RetryPolicy
            {
                MaxAttempts = 4,
                InitialBackoff = TimeSpan.FromMilliseconds(500),
                MaxBackoff = TimeSpan.FromSeconds(4),
                BackoffMultiplier = 2,
                RetryableStatusCodes = { StatusCode.Unavailable },
            },
        };
        foreach (var read in service.Methods.Where(IsRead))
        {
            retry.Names.Add(new MethodName { Service = service.FullName, Method = read.Name });
        }

        return retry.Names.Count == 0 ? null : new ServiceConfig { MethodConfigs = { retry } };
    }

    private static bool IsRead(MethodDescriptor method) =>
        method.GetOptions()?.GetExtension(AnnotationsExtensions.Http)?.PatternCase == HttpRule.PatternOneofCase.Get;
}
