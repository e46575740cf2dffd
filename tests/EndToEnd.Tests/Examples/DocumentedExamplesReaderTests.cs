namespace Mc2cm.EndToEnd.Tests.Examples;

/// <summary>Which blocks of a document are run, and where they are sent (no suite needed).</summary>
public sealed class DocumentedExamplesReaderTests
{
    private static readonly string[] Document =
    [
        "# Title",
        "```sh not-run",
        "./run.sh",
        "```",
        "```json",
        "{\"code\":3}",
        "```",
        "```sh",
        "curl localhost:5080/api/v1/cities",
        "curl localhost:5081/x",
        "```",
    ];

    [Fact]
    public void Only_sh_blocks_not_marked_not_run_are_examples_with_their_line()
    {
        var examples = DocumentedExamples.Parse("doc.md", Document).ToList();

        Assert.Equal([new Example("doc.md", 8, "curl localhost:5080/api/v1/cities\ncurl localhost:5081/x")], examples);
    }

    [Fact]
    public void The_readme_ports_are_replaced_by_the_suites_and_an_unknown_port_is_refused()
    {
        var examples = DocumentedExamples.Parse("doc.md", Document).ToList();

        var script = ExampleRunner.Script(examples, new Dictionary<int, string> { [5080] = "localhost:40001", [5081] = "localhost:40002" });
        var unknown = Assert.Throws<InvalidOperationException>(() => ExampleRunner.Script(examples, new Dictionary<int, string> { [5080] = "localhost:40001" }));

        Assert.Contains("curl localhost:40001/api/v1/cities\ncurl localhost:40002/x", script, StringComparison.Ordinal);
        Assert.Contains("localhost:5081", unknown.Message, StringComparison.Ordinal);
    }
}
