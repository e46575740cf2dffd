using Mc2cm.LocalRabbitMq;
using Microsoft.Extensions.Configuration;

namespace Mc2cm.AppHost.Hosting;

/// <summary>
/// The suite's processes listen on their endpoints' ports themselves, with no DCP proxy in front:
/// a client's call to the gateway and the gateway's call to Cities are one hop each, not two, and
/// the README's ports are the processes' own. Nothing here needs the proxy (one replica of each
/// process, none restarted behind a port that must stay open). DCP randomizes the ports of proxied
/// endpoints only (DcpPublisher:RandomizePorts, which the testing builder sets), so under that
/// setting each endpoint gets a free loopback port here instead of its fixed one: suites started by
/// tests run side by side, and beside a local run.
/// </summary>
public static class DirectEndpoints
{
    /// <summary>Call after every project is added.</summary>
    public static void ListenDirectly(this IDistributedApplicationBuilder builder)
    {
        var freePorts = builder.Configuration.GetValue("DcpPublisher:RandomizePorts", false);
        foreach (var endpoint in builder.Resources.OfType<ProjectResource>().SelectMany(p => p.Annotations.OfType<EndpointAnnotation>()))
        {
            endpoint.IsProxied = false;
            if (freePorts)
            {
                endpoint.Port = LoopbackPorts.FindFree();
            }
        }
    }
}
