using System.Reflection;
using Grpc.Core;
using Mc2cm.Contracts.Common.V1;
using Microsoft.AspNetCore.Authorization;

namespace Mc2cm.Action.Tests.Unit;

/// <summary>
/// Every RPC of every service says who may call it — the audience in its proto, which the services
/// authorise by — so none runs on the fallback by accident. (This project references all four services.)
/// </summary>
public sealed class PolicyDeclarationTests
{
    private static readonly Assembly[] Services =
    [
        typeof(Mc2cm.Cities.Cities.CitiesGrpcService).Assembly,
        typeof(Mc2cm.Knowledge.Profiles.ProfilesGrpcService).Assembly,
        typeof(Mc2cm.Dialogue.Meetings.MeetingsGrpcService).Assembly,
        typeof(Mc2cm.Action.Priorities.PrioritiesGrpcService).Assembly,
    ];

    public static IEnumerable<MethodInfo> Rpcs() => Services.SelectMany(a => a.GetTypes())
        .Where(t => t.BaseType?.GetCustomAttribute<BindServiceMethodAttribute>() is not null)
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .Where(m => m.GetParameters().LastOrDefault()?.ParameterType == typeof(ServerCallContext));

    [Fact]
    public void Every_rpc_declares_who_may_call_it_in_its_proto_and_nowhere_else()
    {
        var rpcs = Rpcs().ToList();
        var undeclared = rpcs.Where(m => MethodAudience.Of(ProtoMethod(m)) == Audience.Unspecified).Select(m => $"{m.DeclaringType!.Name}.{m.Name}");
        // An attribute beside the proto's audience would be a second, possibly different, answer.
        var attributed = rpcs.Where(m => m.GetCustomAttribute<AllowAnonymousAttribute>() is not null || m.GetCustomAttribute<AuthorizeAttribute>() is not null)
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.True(rpcs.Count >= 75, $"only {rpcs.Count} RPCs found");
        Assert.Empty(undeclared);
        Assert.Empty(attributed);
    }

    private static Google.Protobuf.Reflection.MethodDescriptor ProtoMethod(MethodInfo rpc) =>
        ((Google.Protobuf.Reflection.ServiceDescriptor)rpc.DeclaringType!.BaseType!.GetCustomAttribute<BindServiceMethodAttribute>()!.BindType
            .GetProperty("Descriptor")!.GetValue(null)!).FindMethodByName(rpc.Name);

    [Fact]
    public void Every_service_method_of_the_contracts_is_implemented()
    {
        var implemented = Rpcs().Select(m => m.Name).ToHashSet();
        var contract = Services.SelectMany(a => a.GetTypes())
            .Select(t => t.BaseType).OfType<Type>().Where(b => b.GetCustomAttribute<BindServiceMethodAttribute>() is not null)
            .SelectMany(b => b.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => m.IsVirtual))
            .Select(m => m.Name);

        var missing = contract.Where(name => !implemented.Contains(name)).ToList();

        Assert.Empty(missing);
    }
}
