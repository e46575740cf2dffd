using System.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Reflection;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mc2cm.Gateway.Reflection;

/// <summary>
/// Server reflection (grpc.reflection.v1 and v1alpha) at the gateway lists what a client can call
/// through it: the gateway's own services and every service of the packages it proxies, with
/// their messages. Out of the box it lists only the services mapped in this process, so tools
/// that bring no protos (grpcurl, Postman, <c>buf curl</c>) could not call the four services.
/// </summary>
public static class GatewayReflection
{
    /// <summary>Replaces the reflection services that ServiceDefaults added, which know this process's endpoints only.</summary>
    public static IServiceCollection AddGatewayReflection(this IServiceCollection services, IReadOnlyList<Backend> backends)
    {
        services.Replace(ServiceDescriptor.Singleton(provider => new ReflectionServiceImpl(Services(provider, backends))));
        services.Replace(ServiceDescriptor.Singleton(provider => new ReflectionV1ServiceImpl(Services(provider, backends))));
        return services;
    }

    /// <summary>Read on the first reflection call, when every endpoint has been mapped.</summary>
    private static List<ProtoServiceDescriptor> Services(IServiceProvider provider, IReadOnlyList<Backend> backends)
    {
        var proxied = backends.SelectMany(b => b.ProtoPackages).ToHashSet(StringComparer.Ordinal);
        var own = provider.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.ServiceType)
            .OfType<Type>()
            .Distinct()
            .Select(GeneratedDescriptor)
            .OfType<ProtoServiceDescriptor>();
        var behind = ContractDescriptors.ServiceFiles()
            .Where(f => proxied.Contains(f.Package))
            .SelectMany(f => f.Services);
        return [.. own.Concat(behind).DistinctBy(s => s.FullName)];
    }

    /// <summary>
    /// An implementation derives from protoc's "{Service}.{Service}Base", nested in the static
    /// class "{Service}" whose Descriptor property describes the service.
    /// </summary>
    private static ProtoServiceDescriptor? GeneratedDescriptor(Type implementation)
    {
        for (var type = implementation.BaseType; type is not null; type = type.BaseType)
        {
            if (type.DeclaringType?.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) is ProtoServiceDescriptor descriptor)
            {
                return descriptor;
            }
        }

        return null;
    }
}
