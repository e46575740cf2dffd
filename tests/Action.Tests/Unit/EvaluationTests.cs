using Grpc.Core;
using Mc2cm.Action.Actions;
using Mc2cm.Action.Applications;
using Mc2cm.Action.Calls;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Errors;
using ActionStatus = Mc2cm.Contracts.Action.V1.ActionStatus;
using ApplicationStatus = Mc2cm.Contracts.Action.V1.ApplicationStatus;

namespace Mc2cm.Action.Tests.Unit;

public sealed class EvaluationTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An eligible application assigned to the evaluators ana and omar.</summary>
    private static Mc2cm.Action.Applications.Application Eligible(string id, decimal amount = 40_000m)
    {
        var application = Mc2cm.Action.Applications.Application.Submit(id, Terms.Sound(amount), [], "applicant", Now);
        application.AssignEvaluators(["ana", "omar"]);
        return application;
    }

    private static ScoreSheet Sheet(string evaluator, int relevance, int feasibility) =>
        new(evaluator, new Dictionary<string, int> { ["relevance"] = relevance, ["feasibility"] = feasibility }, Now);

    [Fact]
    public void Applications_rank_by_their_average_score_unscored_last()
    {
        var strong = Eligible("strong");
        var weak = Eligible("weak");
        var unscored = Eligible("unscored");
        strong.Score(Sheet("ana", 9, 9));
        strong.Score(Sheet("omar", 7, 9));
        weak.Score(Sheet("ana", 5, 5));

        Assert.Equal(["strong", "weak", "unscored"], Ranking.Order([unscored, weak, strong]).Select(a => a.Id));
        Assert.Equal(17, strong.AverageScore);
    }

    [Fact]
    public void An_evaluator_scoring_again_replaces_their_sheet()
    {
        var application = Eligible("a");
        application.Score(Sheet("ana", 2, 2));

        application.Score(Sheet("ana", 8, 8));

        Assert.Equal(16, Assert.Single(application.ScoreSheets).Total);
    }

    [Fact]
    public void An_ineligible_application_cannot_be_scored_or_selected()
    {
        var ineligible = Mc2cm.Action.Applications.Application.Submit("x", Terms.Sound(), [new FailedRule(EligibilityRules.CountryEligible, "no")], "applicant", Now);

        Assert.Equal(ApplicationStatus.Ineligible, ineligible.Status);
        Assert.Throws<FailedPreconditionException>(() => ineligible.Score(Sheet("ana", 5, 5)));
        Assert.Throws<FailedPreconditionException>(() => ineligible.Select("act-1"));
    }

    [Fact]
    public void An_unscored_application_cannot_be_selected() =>
        Assert.Throws<FailedPreconditionException>(() => Eligible("a").Select("act-1"));

    [Fact]
    public void Selections_never_exceed_the_call_budget()
    {
        var call = Call.Draft(Terms.FirstCall(budget: 100_000m));

        call.Commit(40_000m);
        call.Commit(50_000m);
        var error = Assert.Throws<FailedPreconditionException>(() => call.Commit(10_000.01m));

        Assert.Equal(90_000m, call.Committed);
        Assert.Contains("10,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_without_a_budget_has_no_ceiling()
    {
        var call = Call.Draft(Terms.FirstCall());

        call.Commit(5_000_000m);

        Assert.Equal(5_000_000m, call.Committed);
    }

    [Fact]
    public void Selecting_funds_an_action_with_the_money_asked_for()
    {
        var call = Call.Draft(Terms.FirstCall());
        var application = Eligible("a", 45_000m);
        application.Score(Sheet("ana", 8, 8));

        var action = Funding.From(application, call, Now);
        application.Select(action.Id);

        Assert.Equal((45_000m, "sfax", ActionStatus.NotStarted), (action.Budget!.Value, action.CityId, action.Status));
        Assert.Equal(["sfax-reception"], action.PriorityIds);
        Assert.Equal((ApplicationStatus.Selected, action.Id), (application.Status, application.ActionId));
    }

    [Fact]
    public void Only_an_assigned_evaluator_scores()
    {
        var application = Eligible("a");

        var refused = Assert.Throws<PermissionDeniedException>(() => application.Score(Sheet("leila", 8, 8)));

        Assert.Equal(StatusCode.PermissionDenied, DomainErrorStatus.CodeOf(refused));
        Assert.Empty(application.ScoreSheets);
    }
}
