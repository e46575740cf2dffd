using Xunit;

namespace Mc2cm.Testing;

/// <summary>
/// The figures lines the reliability and observability suites print ("trace: hops=9 expected=9
/// orphans=0"): each goes to the test's output and is appended to artifacts/reports/{suite}.txt,
/// which the suite's script prints when the run ends.
/// </summary>
public static class SuiteReport
{
    private static readonly Lock Gate = new();

    public static void Write(string suite, string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(folder, $"{suite}.txt"), line + Environment.NewLine);
        }
    }
}
