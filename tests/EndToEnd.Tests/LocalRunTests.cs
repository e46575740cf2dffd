using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The AppHost's model as ./run.sh and the tests get it (nothing is started): the suite's processes
/// listen on their own ports with no DCP proxy in front — the README's ports on a local run, free
/// ports of their own under the testing builder — and one trace sample ratio reaches them all.
/// </summary>
public sealed class LocalRunTests
{
    /// <summary>The README's "What starts where": each project's REST and gRPC ports.</summary>
    private static readonly Dictionary<string, (int Http, int? Grpc)> ReadmePorts = new()
    {
        ["web"] = (5070, null), ["gateway"] = (5080, 5081), ["identity"] = (5090, 5091),
        ["cities"] = (5110, 5111), ["knowledge"] = (5120, 5121), ["dialogue"] = (5130, 5131), ["action"] = (5140, 5141),
    };

    [Fact]
    public async Task On_a_local_run_each_process_listens_on_the_readme_ports_itself()
    {
        // What ./run.sh gets: the testing builder's port randomization turned off.
        var endpoints = await ProjectEndpointsAsync("DcpPublisher:RandomizePorts=false");

        Assert.Equal(ReadmePorts.Keys.Order(), endpoints.Keys.Order());
        foreach (var (name, (http, grpc)) in ReadmePorts)
        {
            Assert.All(endpoints[name], e => Assert.False(e.IsProxied, $"{name}'s {e.Name} endpoint is proxied by DCP"));
            Assert.Equal(http, endpoints[name].Single(e => e.Name == "http").Port);
            Assert.Equal(grpc, endpoints[name].SingleOrDefault(e => e.Name == "grpc")?.Port);
        }
    }

    [Fact]
    public async Task Under_the_testing_builder_each_endpoint_gets_a_free_port_of_its_own()
    {
        var endpoints = await ProjectEndpointsAsync();

        var all = endpoints.Values.SelectMany(e => e).ToList();
        Assert.All(all, e => Assert.False(e.IsProxied));
        var ports = all.Select(e => e.Port ?? 0).ToList();
        Assert.DoesNotContain(0, ports);
        Assert.Equal(ports.Count, ports.Distinct().Count());
        Assert.Empty(ports.Intersect(ReadmePorts.Values.SelectMany(p => new[] { p.Http, p.Grpc ?? 0 })));
    }

    [Fact]
    public async Task The_apphost_gives_its_trace_sample_ratio_to_every_project()
    {
        using var data = new TestDirectory("local-run");
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={data.Path}", "Broker:Mode=local", "Telemetry:TraceSampleRatio=0.25"], TestContext.Current.CancellationToken);

        var projects = builder.Resources.OfType<ProjectResource>().ToList();
        Assert.Equal(ReadmePorts.Keys.Order(), projects.Select(p => p.Name).Order());
        foreach (var project in projects)
        {
            // In publish mode endpoint references resolve to expressions, so nothing needs to be started.
#pragma warning disable CS0618 // Obsolete in Aspire 13 (ExecutionConfigurationBuilder), and still the plain way to read a model's environment.
            var environment = await project.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618
            Assert.Equal("0.25", environment.GetValueOrDefault("Telemetry__TraceSampleRatio"));
        }
    }

    private static async Task<Dictionary<string, List<EndpointAnnotation>>> ProjectEndpointsAsync(params string[] extra)
    {
        using var data = new TestDirectory("local-run");
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={data.Path}", "Broker:Mode=local", .. extra], TestContext.Current.CancellationToken);
        return builder.Resources.OfType<ProjectResource>()
            .ToDictionary(p => p.Name, p => p.Annotations.OfType<EndpointAnnotation>().ToList());
    }
}
