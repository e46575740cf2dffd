using System.Collections.Concurrent;
using Mc2cm.BadInput.Tests.Cases;
using Mc2cm.Testing;

namespace Mc2cm.BadInput.Tests;

/// <summary>
/// Counts the runs of the suite and writes its report to artifacts/reports/bad-input.txt: the
/// requests by kind and service, each failed one, and last the line
/// "bad-input: cases=N rejected=N stored=0 5xx=0".
/// </summary>
public sealed class BadInputTally
{
    private const string Suite = "bad-input";

    private readonly ConcurrentQueue<CaseRun> _runs = new();

    public void Record(CaseRun run) => _runs.Enqueue(run);

    public string SummaryLine =>
        $"bad-input: cases={_runs.Count} rejected={_runs.Count(r => r.Rejected)} stored={_runs.Count(r => r.Stored)} 5xx={_runs.Count(r => r.Outcome.IsServerError)}";

    public void WriteReport()
    {
        if (_runs.IsEmpty)
        {
            return;
        }

        foreach (var line in Table().Concat(Failures()).Append(SummaryLine))
        {
            SuiteReport.Write(Suite, line);
        }
    }

    private IEnumerable<string> Table()
    {
        var services = CaseTable.All.Select(c => c.Service).Distinct().Where(s => _runs.Any(r => r.Case.Service == s)).ToList();
        var faces = Enum.GetValues<Face>();
        yield return $"{_runs.Select(r => r.Case).Distinct().Count()} cases sent as {_runs.Count} requests (each case on each face it names), by kind and service:";
        yield return $"{"kind",-18}" + string.Concat(services.Select(s => $"{s,11}")) + $"{"total",8}";
        foreach (var kind in Enum.GetValues<BadKind>())
        {
            yield return Row(kind.ToString(), services.Select(s => _runs.Count(r => r.Case.Kind == kind && r.Case.Service == s)).ToList());
        }

        foreach (var face in faces)
        {
            yield return Row($"via {face}", services.Select(s => _runs.Count(r => r.Face == face && r.Case.Service == s)).ToList());
        }
    }

    private static string Row(string label, List<int> counts) => $"{label,-18}" + string.Concat(counts.Select(n => $"{n,11}")) + $"{counts.Sum(),8}";

    private IEnumerable<string> Failures() =>
        _runs.Where(r => r.Stored || r.Outcome.IsServerError || !r.Rejected || !r.AsExpected)
            .Select(run => $"FAILED {run.Case.Name} via {run.Face}: {run.Outcome}{(run.Stored ? $"; stored: {string.Join(", ", run.Changes)}" : string.Empty)}" +
                (run.AsExpected ? string.Empty : $"; expected {run.Case.ExpectOn(run.Face)}"));
}
