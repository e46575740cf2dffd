namespace Mc2cm.Web.Features.Calls;

/// <summary>
/// The evaluators a coordinator may assign, by the subject of their tokens (what
/// AssignEvaluators takes). The identity offers no directory of people to ask, so the portal
/// knows the dev identity's evaluators (identity/Users/SeededUsers.cs); the service takes any subject.
/// </summary>
public static class Evaluators
{
    public static readonly IReadOnlyList<string> Known = ["evaluator-1", "evaluator-2"];
}
