using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests.Examples;

/// <summary>
/// Runs examples one after another in one bash, as a reader pastes them into one terminal (a
/// variable set by one is there for the next), against the suite at the addresses given for the
/// README's ports. curl fails on an error status (<c>--fail-with-body</c>), so a refused call fails
/// its example; the first failure stops the run.
/// </summary>
public static partial class ExampleRunner
{
    private const string Marker = "::example ";

    /// <summary>Writes each example with the suite's addresses in place of the README's ports.</summary>
    public static string Script(IReadOnlyList<Example> examples, IReadOnlyDictionary<int, string> addresses)
    {
        var script = new StringBuilder("""
            exec 2>&1
            set -eEuo pipefail
            curl() { command curl --silent --show-error --fail-with-body "$@"; }

            """);
        for (var i = 0; i < examples.Count; i++)
        {
            script.Append('\n').Append($"printf '\\n{Marker}%s::\\n' {i}").Append('\n');
            script.Append(Port().Replace(examples[i].Code, port => addresses.TryGetValue(int.Parse(port.Groups[1].Value), out var address)
                ? address
                : throw new InvalidOperationException($"{examples[i]} calls {port.Value}, which is not a port of the suite's README."))).Append('\n');
        }

        return script.ToString();
    }

    /// <summary>
    /// Runs the script in <paramref name="workingDirectory"/>, its whole output kept in <paramref name="transcript"/>:
    /// null when every example passed, else the failed one and its output.
    /// </summary>
    public static async Task<string?> RunAsync(
        IReadOnlyList<Example> examples, string script, string workingDirectory, IReadOnlyDictionary<string, string> environment, string transcript,
        CancellationToken cancellationToken)
    {
        var file = Path.Combine(workingDirectory, "examples.sh");
        await File.WriteAllTextAsync(file, script, cancellationToken);
        var start = new ProcessStartInfo("bash", [file]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardInput = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var bash = Process.Start(start) ?? throw new InvalidOperationException("bash did not start.");
        // A hung example (a call that never answers) ends the run with its whole process tree.
        await using var kill = cancellationToken.Register(() => bash.Kill(entireProcessTree: true));
        bash.StandardInput.Close();
        var output = await bash.StandardOutput.ReadToEndAsync(cancellationToken);
        await bash.WaitForExitAsync(cancellationToken);
        Directory.CreateDirectory(Path.GetDirectoryName(transcript)!);
        await File.WriteAllTextAsync(transcript, output, cancellationToken);
        if (bash.ExitCode == 0)
        {
            return null;
        }

        var last = output.LastIndexOf(Marker, StringComparison.Ordinal);
        if (last < 0)
        {
            return $"bash exited with {bash.ExitCode} before the first example:\n{output}";
        }

        var numberEnd = output.IndexOf("::", last + Marker.Length, StringComparison.Ordinal);
        var failed = examples[int.Parse(output[(last + Marker.Length)..numberEnd], System.Globalization.CultureInfo.InvariantCulture)];
        return $"The example at {failed} failed (exit code {bash.ExitCode}):\n{failed.Code}\n\nIt answered:\n{output[(numberEnd + 2)..].Trim()}";
    }

    /// <summary>A folder that sees the repository's files (eng/, services/, node_modules/…) but keeps what examples write (tunis.csv…) out of it.</summary>
    public static void LinkRepository(string folder)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(RepositoryRoot.Path))
        {
            var name = Path.GetFileName(entry);
            if (name is not (".git" or ".data" or "artifacts"))
            {
                File.CreateSymbolicLink(Path.Combine(folder, name), entry);
            }
        }
    }

    [GeneratedRegex(@"localhost:(\d{4,5})")]
    private static partial Regex Port();
}
