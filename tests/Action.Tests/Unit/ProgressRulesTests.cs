using Mc2cm.Action.Actions;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Action;
using Mc2cm.Domain.Errors;
using Objective = Mc2cm.Contracts.Action.V1.Objective;
using ActionStatus = Mc2cm.Contracts.Action.V1.ActionStatus;

namespace Mc2cm.Action.Tests.Unit;

public sealed class ProgressRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static FundedAction Funded() => FundedAction.Fund(new FundingDecision("act-1", new LocalizedText("Reception centre", "", ""), LocalizedText.Empty,
        "sfax", "call-1", "app-1", [Objective.StakeholderCooperation], 40_000m, "EUR", ["10.7"], [], [],
        [new ActionMilestone("centre-opened", "Centre opened", new DateOnly(2026, 9, 1), null)]), Now);

    private static ProgressUpdate Update(DateOnly on, ActionStatus status, int percent, decimal disbursed, params (string, DateOnly)[] done) =>
        new(on, status, percent, disbursed, done, [], "");

    [Fact]
    public void Reports_build_a_dated_history_and_raise_their_events()
    {
        var action = Funded();

        action.Report(Update(new(2026, 3, 1), ActionStatus.InProgress, 40, 10_000m), "coordinator", Now);
        action.Report(Update(new(2026, 9, 2), ActionStatus.Completed, 100, 40_000m, ("centre-opened", new(2026, 9, 1))), "coordinator", Now);

        Assert.Equal([40, 100], action.Reports.Select(r => r.ProgressPercent));
        Assert.Equal(new DateOnly(2026, 9, 1), action.Milestones[0].DoneOn);
        Assert.Equal((ActionStatus.Completed, 40_000m), (action.Status, action.Disbursed));
        Assert.Equal(3, action.PendingEvents.Count);
        Assert.Equal("completed", Assert.IsType<ActionProgressReported>(action.PendingEvents.Last()).Status);
    }

    [Theory]
    [InlineData(20, 5_000, 2026, 4, 1, ActionStatus.InProgress, "back")]
    [InlineData(60, 5_000, 2026, 4, 1, ActionStatus.InProgress, "Disbursed")]
    [InlineData(60, 50_000, 2026, 4, 1, ActionStatus.InProgress, "Disbursed")]
    [InlineData(60, 20_000, 2026, 2, 1, ActionStatus.InProgress, "before the last")]
    [InlineData(90, 20_000, 2026, 4, 1, ActionStatus.Completed, "100 %")]
    public void Reports_that_break_a_rule_are_refused_and_change_nothing(int percent, int disbursed, int year, int month, int day, ActionStatus status, string reason)
    {
        var action = Funded();
        action.Report(Update(new(2026, 3, 1), ActionStatus.InProgress, 40, 10_000m), "coordinator", Now);
        var version = action.Version;

        var error = Assert.Throws<FailedPreconditionException>(() => action.Report(Update(new(year, month, day), status, percent, disbursed), "coordinator", Now));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal((version, 40, 10_000m), (action.Version, action.ProgressPercent, action.Disbursed));
    }

    [Fact]
    public void A_finished_action_takes_no_more_reports()
    {
        var action = Funded();
        action.Report(Update(new(2026, 3, 1), ActionStatus.Cancelled, 40, 10_000m), "coordinator", Now);

        Assert.Throws<FailedPreconditionException>(() => action.Report(Update(new(2026, 4, 1), ActionStatus.InProgress, 50, 10_000m), "coordinator", Now));
    }

    [Fact]
    public void An_unknown_milestone_is_refused()
    {
        var error = Assert.Throws<FailedPreconditionException>(() =>
            Funded().Report(Update(new(2026, 3, 1), ActionStatus.InProgress, 10, 0, ("no-such", new(2026, 3, 1))), "coordinator", Now));

        Assert.Contains("no-such", error.Message, StringComparison.Ordinal);
    }
}
