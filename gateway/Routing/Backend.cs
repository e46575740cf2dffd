namespace Mc2cm.Gateway.Routing;

/// <summary>
/// A service behind the gateway: the gRPC packages it serves and the REST paths it owns.
/// Requests reach it through service discovery: "http://_grpc.{name}" (HTTP/2) for gRPC and
/// gRPC-Web, "http://_http.{name}" (HTTP/1.1) for REST/JSON.
/// </summary>
/// <param name="Name">The service's name in service discovery, e.g. "cities".</param>
/// <param name="ProtoPackages">e.g. "mc2cm.cities.v1".</param>
/// <param name="RestPaths">Paths it owns; each also covers everything below it ("/api/v1/cities" covers "/api/v1/cities/lisbon:join").</param>
public sealed record Backend(string Name, IReadOnlyList<string> ProtoPackages, IReadOnlyList<string> RestPaths);

/// <summary>The suite's services, as the gateway routes to them.</summary>
public static class Backends
{
    public static readonly IReadOnlyList<Backend> All =
    [
        new("cities", ["mc2cm.cities.v1"], ["/api/v1/cities", "/api/v1/partners", "/api/v1/phases", "/api/v1/network:summary"]),
        new("knowledge", ["mc2cm.knowledge.v1"], ["/api/v1/profiles", "/api/v1/indicators", "/api/v1/observations", "/api/v1/observations:import"]),
        new("dialogue", ["mc2cm.dialogue.v1"],
            ["/api/v1/meetings", "/api/v1/meetings:next", "/api/v1/themes", "/api/v1/recommendations", "/api/v1/calendar.ics"]),
        new("action", ["mc2cm.action.v1"],
            ["/api/v1/stakeholder-groups", "/api/v1/priorities", "/api/v1/priorities:candidates", "/api/v1/calls", "/api/v1/applications",
             "/api/v1/actions", "/api/v1/actions:portfolio", "/api/v1/chains"]),
    ];
}
