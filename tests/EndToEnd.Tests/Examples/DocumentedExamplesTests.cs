using Aspire.Hosting;
using Aspire.Hosting.Testing;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests.Examples;

/// <summary>
/// Every shell example of the README and docs/api.md, run in order against a freshly seeded suite as
/// a newcomer would run them against ./run.sh: an example that fails, or that the suite refuses,
/// fails here with its place in the document and the answer it got (every answer:
/// artifacts/logs/examples/examples.log).
/// </summary>
[Collection(nameof(ExamplesCollection))]
public sealed class DocumentedExamplesTests(SuiteFixture suite)
{
    [Fact]
    public async Task Every_example_of_the_readme_and_the_api_cookbook_runs_as_written()
    {
        var examples = DocumentedExamples.Read(RepositoryRoot.Path);
        using var folder = new TestDirectory("examples");
        ExampleRunner.LinkRepository(folder.Path);
        // The README's ports (its "What starts where") and where the suite under test listens instead.
        var addresses = new Dictionary<int, string>
        {
            [5080] = Authority("gateway", "http"), [5081] = Authority("gateway", "grpc"), [5090] = Authority("identity", "http"),
            [5110] = Authority("cities", "http"), [5111] = Authority("cities", "grpc"),
        };
        var script = ExampleRunner.Script(examples, addresses);

        // A deadline, not a wait: the examples take well under a minute on a suite that is up.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(5));

        var failure = await ExampleRunner.RunAsync(examples, script, folder.Path,
            new Dictionary<string, string> { ["MC2CM_ISSUER"] = $"http://{addresses[5090]}" },
            Path.Combine(RepositoryRoot.Path, "artifacts", "logs", "examples", "examples.log"), deadline.Token);

        Assert.True(examples.Count >= 10, $"Only {examples.Count} blocks of examples were found in {string.Join(", ", DocumentedExamples.Documents)}.");
        Assert.True(failure is null, failure);
    }

    private string Authority(string resource, string endpoint) => suite.App.GetEndpoint(resource, endpoint).Authority;
}
