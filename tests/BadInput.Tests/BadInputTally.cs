using System.Collections.Concurrent;
using System.Text;
using Mc2cm.BadInput.Tests.Calling;
using Mc2cm.BadInput.Tests.Cases;

namespace Mc2cm.BadInput.Tests;

/// <summary>One case sent through one face: what came back, and what changed in the databases.</summary>
public sealed record CaseRun(BadCase Case, Face Face, Outcome Outcome, IReadOnlyList<string> Changes)
{
    public bool Rejected => !Outcome.Accepted;

    public bool Stored => Changes.Count > 0;
}

/// <summary>
/// Counts the runs of the suite and writes its report, ending with the line
/// "bad-input: cases=N rejected=N stored=0 5xx=0", to artifacts/reports/bad-input.txt.
/// </summary>
public sealed class BadInputTally
{
    private readonly ConcurrentQueue<CaseRun> _runs = new();

    public void Record(CaseRun run) => _runs.Enqueue(run);

    public string SummaryLine =>
        $"bad-input: cases={_runs.Count} rejected={_runs.Count(r => r.Rejected)} stored={_runs.Count(r => r.Stored)} 5xx={_runs.Count(r => r.Outcome.IsServerError)}";

    public async Task WriteReportAsync()
    {
        if (_runs.IsEmpty)
        {
            return;
        }

        var report = new StringBuilder();
        var kinds = Enum.GetValues<BadKind>();
        var services = CaseTable.All.Select(c => c.Service).Distinct().Where(s => _runs.Any(r => r.Case.Service == s)).ToList();
        report.AppendLine($"{_runs.Select(r => r.Case).Distinct().Count()} cases sent as {_runs.Count} requests (each case on each face it names), by kind and service:");
        report.AppendLine($"{"kind",-18}" + string.Concat(services.Select(s => $"{s,11}")) + $"{"total",8}");
        foreach (var kind in kinds)
        {
            var row = services.Select(s => _runs.Count(r => r.Case.Kind == kind && r.Case.Service == s)).ToList();
            report.AppendLine($"{kind,-18}" + string.Concat(row.Select(n => $"{n,11}")) + $"{row.Sum(),8}");
        }

        foreach (var run in _runs.Where(r => r.Stored || r.Outcome.IsServerError || !r.Rejected))
        {
            report.AppendLine($"FAILED {run.Case.Name} via {run.Face}: {run.Outcome}{(run.Stored ? $"; stored: {string.Join(", ", run.Changes)}" : string.Empty)}");
        }

        report.AppendLine(SummaryLine);
        var path = Path.Combine(RepositoryRoot(), "artifacts", "reports", "bad-input.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, report.ToString());
        TestContext.Current.SendDiagnosticMessage(SummaryLine);
    }

    /// <summary>The folder of MC2CM.sln above the test's output folder.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MC2CM.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No MC2CM.sln above {AppContext.BaseDirectory}.");
    }
}
