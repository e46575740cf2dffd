using System.Text.RegularExpressions;

namespace Mc2cm.EndToEnd.Tests.Examples;

/// <summary>One shell example of a document: a fenced block and where it starts.</summary>
public sealed record Example(string Document, int Line, string Code)
{
    public override string ToString() => $"{Document}:{Line}";
}

/// <summary>
/// The shell examples of the documents a newcomer follows, in the order they read them: every block
/// fenced as <c>```sh</c>; one fenced as <c>```sh not-run</c> is shown only (the commands that start
/// or test the suite themselves).
/// </summary>
public static partial class DocumentedExamples
{
    /// <summary>The documents whose examples run, in reading order (paths from the repository root).</summary>
    public static readonly string[] Documents = ["README.md", "docs/api.md"];

    public const string NotRun = "not-run";

    public static IReadOnlyList<Example> Read(string root) =>
        Documents.SelectMany(document => Parse(document, File.ReadAllLines(Path.Combine(root, document)))).ToList();

    public static IEnumerable<Example> Parse(string document, IReadOnlyList<string> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var fence = Fence().Match(lines[i]);
            if (!fence.Success)
            {
                continue;
            }

            var start = i;
            var code = new List<string>();
            for (i++; i < lines.Count && lines[i].Trim() != fence.Groups["fence"].Value; i++)
            {
                code.Add(lines[i]);
            }

            var info = fence.Groups["info"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (info is ["sh", ..] && !info.Contains(NotRun))
            {
                yield return new Example(document, start + 1, string.Join('\n', code));
            }
        }
    }

    [GeneratedRegex(@"^\s*(?<fence>`{3,})(?<info>.*)$")]
    private static partial Regex Fence();
}
