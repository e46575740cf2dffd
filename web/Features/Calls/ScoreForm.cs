using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>An evaluator's score sheet: one score per criterion of the call.</summary>
public sealed class ScoreForm : FormModel
{
    public List<ScoreInput> Scores { get; set => field = value ?? []; } = [];

    public static ScoreForm For(Call call) => new() { Scores = [.. call.Criteria.Select(c => new ScoreInput { Criterion = c.Id })] };

    public ScoreApplicationRequest Request(string application)
    {
        var request = new ScoreApplicationRequest { Name = application };
        // A score that is not a whole number goes as -1, so the service names the field.
        request.Scores.AddRange(Scores.Select(s => new CriterionScore { Criterion = s.Criterion ?? string.Empty, Score = int.TryParse(s.Score, out var score) ? score : -1 }));
        return request;
    }
}

/// <summary>One criterion's score as typed.</summary>
public sealed class ScoreInput
{
    public string? Criterion { get; set; }

    public string? Score { get; set; }
}
