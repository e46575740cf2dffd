using Mc2cm.BadInput.Tests.Calling;
using Mc2cm.BadInput.Tests.Cases;

namespace Mc2cm.BadInput.Tests;

/// <summary>One case sent through one face: what came back, whether that is the answer the case expects, and what changed in the databases.</summary>
public sealed record CaseRun(BadCase Case, Face Face, Outcome Outcome, bool AsExpected, IReadOnlyList<string> Changes)
{
    public bool Rejected => !Outcome.Accepted;

    public bool Stored => Changes.Count > 0;
}
