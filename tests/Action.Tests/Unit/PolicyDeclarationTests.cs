using System.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;

namespace Mc2cm.Action.Tests.Unit;

/// <summary>
/// Every RPC of every service says who may call it — [AllowAnonymous] or a named policy — so
/// none runs on the fallback by accident. (This project references all four services.)
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
    public void Every_rpc_declares_anonymous_access_or_a_named_policy()
    {
        var rpcs = Rpcs().ToList();
        var undeclared = rpcs
            .Where(m => m.GetCustomAttribute<AllowAnonymousAttribute>() is null && m.GetCustomAttribute<AuthorizeAttribute>()?.Policy is not { Length: > 0 })
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.True(rpcs.Count >= 75, $"only {rpcs.Count} RPCs found");
        Assert.Empty(undeclared);
    }

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
