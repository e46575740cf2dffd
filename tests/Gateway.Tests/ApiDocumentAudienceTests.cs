using Grpc.AspNetCore.Server;
using Mc2cm.Cities.Cities;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Gateway.ApiDocs;
using Mc2cm.Gateway.Door;
using Mc2cm.Knowledge.Profiles;
using Mc2cm.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PrioritiesGrpcService = Mc2cm.Action.Priorities.PrioritiesGrpcService;

namespace Mc2cm.Gateway.Tests;

/// <summary>
/// The document asks for a token exactly where the services refuse anonymous callers: read from
/// the endpoints of the four running services (and the gateway's own), not from the protos the
/// document is made of, so a service that authorised otherwise than its proto says fails here.
/// </summary>
public sealed class ApiDocumentAudienceTests(ApiDocsGateway docs, SharedBroker broker) : IClassFixture<ApiDocsGateway>
{
    [Fact]
    public async Task Every_operation_needs_a_token_exactly_when_its_service_refuses_anonymous_callers()
    {
        using var data = new TestDirectory("audiences");
        await using var services = new SuiteServices<CitiesGrpcService, ProfilesGrpcService, MeetingsGrpcService, PrioritiesGrpcService>(broker.NewVirtualHost(), data).Start();
        var anonymous = new Dictionary<string, bool>();
        foreach (var endpoint in new[] { services.Cities.Services, services.Knowledge.Services, services.Dialogue.Services, services.Action.Services, docs.Gateway.Services }
            .SelectMany(s => s.GetRequiredService<EndpointDataSource>().Endpoints))
        {
            if (OperationOf(endpoint) is not { } operation)
            {
                continue;
            }

            var allowed = LetsAnonymousIn(endpoint);
            // The native gRPC endpoint and every REST route of a method must agree.
            Assert.True(anonymous.TryAdd(operation, allowed) || anonymous[operation] == allowed, $"{operation}: its endpoints disagree.");
        }

        var operations = docs.Document.Paths.Values.SelectMany(p => p.Operations!.Values).ToList();
        var mismatches = operations
            .Select(o => (Id: Unbound(o.OperationId!), NeedsToken: o.Security!.All(r => r.Count > 0)))
            .Where(o => !anonymous.TryGetValue(o.Id, out var allowed) || allowed == o.NeedsToken)
            .Select(o => $"{o.Id}: the document says {(o.NeedsToken ? "a token" : "no token")}, the service {(anonymous.TryGetValue(o.Id, out var a) ? a ? "lets anonymous callers in" : "refuses them" : "has no such endpoint")}.");

        Assert.True(operations.Count > 70, $"Only {operations.Count} operations.");
        Assert.Empty(mismatches);
        Assert.False(anonymous["CitiesService_CreateCity"]);
        Assert.True(anonymous["CitiesService_ListCities"]);
    }

    [Fact]
    public void Every_rpc_of_every_service_declares_who_may_call_it()
    {
        var methods = ContractDescriptors.ServiceFiles(typeof(CitiesService).Assembly).SelectMany(f => f.Services).SelectMany(s => s.Methods).ToList();

        Assert.Empty(methods.Where(m => MethodAudience.Of(m) == Audience.Unspecified).Select(m => m.FullName));
        Assert.Equal(Audience.Anyone, MethodAudience.Of(CitiesService.Descriptor.FindMethodByName("GetCity")));
        Assert.Equal(Audience.Coordinator, MethodAudience.Of(CitiesService.Descriptor.FindMethodByName("CreateCity")));
    }

    /// <summary>"CitiesService_ListCities" for an RPC's endpoint, "CalendarFeed" for the feed; null for anything else.</summary>
    private static string? OperationOf(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
            ? $"{grpc.Method.ServiceName[(grpc.Method.ServiceName.LastIndexOf('.') + 1)..]}_{grpc.Method.Name}"
            : endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName == "CalendarFeed" ? "CalendarFeed" : null;

    /// <summary>
    /// Whether the authorization middleware lets an anonymous call through: [AllowAnonymous], or the
    /// gateway's door (its own RPCs), which lets anonymous reads pass. Anything else — a policy, or
    /// none and so the fallback (coordinators) — needs a token.
    /// </summary>
    private static bool LetsAnonymousIn(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
        || endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>() is [{ Policy: DoorPolicy.Name }];

    /// <summary>An additional binding's operation ("…_1") is its method's.</summary>
    private static string Unbound(string operationId) =>
        operationId.Length > 2 && operationId[^2] == '_' && char.IsDigit(operationId[^1]) ? operationId[..^2] : operationId;
}
