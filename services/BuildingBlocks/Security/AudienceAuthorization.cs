using System.Reflection;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using MethodDescriptor = Google.Protobuf.Reflection.MethodDescriptor;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Mc2cm.BuildingBlocks.Security;

/// <summary>
/// Authorises each RPC of a gRPC service (its native gRPC endpoint and its REST routes) by the
/// audience its proto declares, so the protos are the one list of who may call what: the
/// gateway's API document reads the same option. A method that declares none gets no metadata and
/// falls back to coordinators only (<see cref="Policies"/>).
/// </summary>
public static class AudienceAuthorization
{
    public static GrpcServiceEndpointConventionBuilder AuthorizeByProtoAudience(this GrpcServiceEndpointConventionBuilder builder)
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<GrpcMethodMetadata>().FirstOrDefault() is { } grpc)
            {
                foreach (var metadata in For(MethodAudience.Of(Method(grpc.ServiceType, grpc.Method.Name))))
                {
                    endpoint.Metadata.Add(metadata);
                }
            }
        });
        return builder;
    }

    /// <summary>The endpoint metadata that lets <paramref name="audience"/> in.</summary>
    public static IReadOnlyList<object> For(Audience audience) => audience switch
    {
        Audience.Anyone => [new AllowAnonymousAttribute()],
        Audience.SignedIn => [new AuthorizeAttribute(Policies.SignedIn)],
        Audience.CityStaff => [new AuthorizeAttribute(Policies.CityStaff)],
        Audience.Evaluator => [new AuthorizeAttribute(Policies.Evaluator)],
        Audience.Coordinator => [new AuthorizeAttribute(Policies.Coordinator)],
        _ => [],
    };

    /// <summary>The proto method an implementation serves, through the generated base class's binding attribute.</summary>
    private static MethodDescriptor Method(Type implementation, string name)
    {
        var binding = implementation.BaseTypesAndSelf().Select(t => t.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false)).OfType<BindServiceMethodAttribute>().FirstOrDefault()
            ?? throw new InvalidOperationException($"{implementation.Name} is not a generated gRPC service.");
        var service = binding.BindType.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as ServiceDescriptor
            ?? throw new InvalidOperationException($"{binding.BindType.Name} has no service descriptor.");
        return service.FindMethodByName(name) ?? throw new InvalidOperationException($"{service.FullName} has no method {name}.");
    }

    private static IEnumerable<Type> BaseTypesAndSelf(this Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            yield return t;
        }
    }
}
