using Xunit;

namespace Mc2cm.Testing;

/// <summary>
/// The figures lines the reliability and observability suites print ("trace: hops=9 expected=9
/// orphans=0"): each goes to the test's output and to artifacts/reports/{suite}.txt, which the
/// suite's script prints when the run ends. The file holds the lines of the latest run only: the
/// first line a test process writes to it replaces what an earlier run left.
/// </summary>
public static class SuiteReport
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Started = [];

    public static void Write(string suite, string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        var folder = Path.Combine(RepositoryRoot.Path, "artifacts", "reports");
        Directory.CreateDirectory(folder);
        lock (Gate)
        {
            var file = Path.Combine(folder, $"{suite}.txt");
            if (Started.Add(file))
            {
                File.WriteAllText(file, line + Environment.NewLine);
            }
            else
            {
                File.AppendAllText(file, line + Environment.NewLine);
            }
        }
    }
}
