namespace Mc2cm.Action.Applications;

/// <summary>The order of a call's ranking: best average score first, unscored last, ties by submission.</summary>
public static class Ranking
{
    public static IEnumerable<Application> Order(IEnumerable<Application> eligible) =>
        eligible.OrderBy(a => a.ScoreSheets.Count == 0)
            .ThenByDescending(a => a.AverageScore)
            .ThenBy(a => a.SubmittedAt)
            .ThenBy(a => a.Id);
}
