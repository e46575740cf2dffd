using System.Net;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Mc2cm.Gateway.Routing;

/// <summary>What every proxied route carries: the door's authorization policy, the browsers' CORS policy, a deadline.</summary>
public sealed record RouteDefaults(string AuthorizationPolicy, string CorsPolicy, string TimeoutPolicy);

/// <summary>Turns the backend table into YARP routes and clusters.</summary>
public static class ProxyRoutes
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IEnumerable<Backend> backends, RouteDefaults defaults)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var backend in backends)
        {
            var grpcCluster = $"{backend.Name}-grpc";
            var httpCluster = $"{backend.Name}-http";
            clusters.Add(Cluster(grpcCluster, $"http://_grpc.{backend.Name}", http2Only: true));
            clusters.Add(Cluster(httpCluster, $"http://_http.{backend.Name}", http2Only: false));

            // Native gRPC and gRPC-Web alike go to the HTTP/2 endpoint: the gateway's gRPC-Web
            // middleware has already turned a gRPC-Web call into a gRPC one (and turns the answer back).
            routes.AddRange(backend.ProtoPackages.Select(package => new RouteConfig
            {
                RouteId = $"{package}-grpc",
                ClusterId = grpcCluster,
                Match = new RouteMatch { Path = $"/{package}.{{service}}/{{method}}" },
                AuthorizationPolicy = defaults.AuthorizationPolicy,
                CorsPolicy = defaults.CorsPolicy,
                TimeoutPolicy = defaults.TimeoutPolicy,
            }));

            foreach (var restPath in backend.RestPaths)
            {
                var template = restPath.Contains(':', StringComparison.Ordinal) ? restPath : restPath + "/{**rest}";
                routes.Add(new RouteConfig
                {
                    RouteId = $"{backend.Name}-rest{restPath.Replace('/', '-')}",
                    ClusterId = httpCluster,
                    Match = new RouteMatch { Path = template },
                    AuthorizationPolicy = defaults.AuthorizationPolicy,
                    CorsPolicy = defaults.CorsPolicy,
                    TimeoutPolicy = defaults.TimeoutPolicy,
                });
            }
        }

        return (routes, clusters);
    }

    private static ClusterConfig Cluster(string id, string address, bool http2Only) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["default"] = new() { Address = address } },
        // Cleartext HTTP/2 must be asked for exactly; "or lower" would fall back to HTTP/1.1 and break gRPC.
        HttpRequest = http2Only
            ? new ForwarderRequestConfig { Version = HttpVersion.Version20, VersionPolicy = HttpVersionPolicy.RequestVersionExact }
            : new ForwarderRequestConfig { Version = HttpVersion.Version11, VersionPolicy = HttpVersionPolicy.RequestVersionOrLower },
    };
}
