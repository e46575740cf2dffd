using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>
/// The AppHost's start graph, read from its model (nothing is started): no project waits for
/// another resource — not for its peers, the broker or the token issuer — so the suite is up in the
/// time of its slowest process rather than of a chain (the broker's start alone was ~5–40 s of it).
/// The end-to-end tests show the processes tolerate starting side by side.
/// </summary>
public sealed class StartOrderTests
{
    [Fact]
    public async Task No_project_waits_for_another_resource()
    {
        using var data = new TestDirectory("start-order");
        using var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Mc2cm_AppHost>(
            [$"Suite:DataDirectory={data.Path}", "Broker:Mode=local"], TestContext.Current.CancellationToken);

        var projects = builder.Resources.OfType<ProjectResource>().ToList();
        Assert.Superset(SuiteFixture.SuiteProcesses.Append("identity").Append("web").ToHashSet(), projects.Select(p => p.Name).ToHashSet());
        Assert.All(projects, p => Assert.Empty(p.Annotations.OfType<WaitAnnotation>().Select(w => w.Resource.Name)));
    }
}
