using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The portal in the AppHost's model (nothing is started): it is 'web' and knows the
/// gateway and the token issuer, never a service, so every page's data goes through the gateway's
/// door. Fails when a reference to a service, or an environment variable naming one, comes in.
/// </summary>
public sealed class PortalModelTests
{
    [Fact]
    public async Task The_portal_is_given_the_gateway_and_the_issuer_and_no_service()
    {
        using var data = new TestDirectory("portal-model");
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={data.Path}", "Broker:Mode=local"], TestContext.Current.CancellationToken);
        var web = (ProjectResource)builder.Resources.Single(r => r.Name == "web");
        string[] services = [.. SuiteFixture.SuiteProcesses.Where(p => p != "gateway"), "messaging"];

        var references = web.Annotations.OfType<ResourceRelationshipAnnotation>()
            .Where(r => r.Type == "Reference").Select(r => r.Resource.Name).ToHashSet(StringComparer.Ordinal);
        // Obsolete in Aspire 13 in favour of ExecutionConfigurationBuilder, but still the short way to
        // read a resource's environment as the publisher writes it ("{gateway.bindings.grpc.url}").
#pragma warning disable CS0618
        var environment = await web.GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Publish);
#pragma warning restore CS0618

        // The issuer is referenced through its endpoint (Auth__Authority).
        Assert.Equal(["gateway", "identity"], references.Order(StringComparer.Ordinal));
        Assert.Contains("services__gateway__grpc__0", environment.Keys);
        Assert.Contains("services__gateway__http__0", environment.Keys);
        Assert.All(environment, variable =>
        {
            Assert.False(variable.Key.StartsWith("services__", StringComparison.Ordinal) && !variable.Key.StartsWith("services__gateway__", StringComparison.Ordinal), variable.Key);
            Assert.DoesNotContain(services, s => variable.Key.Equals($"ConnectionStrings__{s}", StringComparison.OrdinalIgnoreCase)
                || variable.Value.Contains($"{{{s}.", StringComparison.OrdinalIgnoreCase));
        });
        Assert.Contains(environment, v => v.Key == "Auth__Authority" && v.Value.Contains("{identity.", StringComparison.Ordinal));
        // Its README port (5070) is LocalRunTests' concern; under the testing builder it listens on a free port of its own.
        Assert.Contains(web.Annotations.OfType<EndpointAnnotation>(), e => e.Name == "http" && !e.IsProxied && e.Port > 0);
    }
}
