using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Events.Action;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Action.Actions;

/// <summary>A milestone; <see cref="DoneOn"/> is set once it is reached.</summary>
public sealed record ActionMilestone(string Id, string Title, DateOnly? DueOn, DateOnly? DoneOn);

/// <summary>A result, e.g. 300 persons reached.</summary>
public sealed record ActionResultFigure(string Indicator, double Value, string Unit);

/// <summary>A progress report, kept in the action's dated history.</summary>
public sealed record ProgressReport(DateOnly ReportedOn, ActionStatus Status, int ProgressPercent, decimal Disbursed, string Note, string ReportedBy);

/// <summary>
/// A funded Targeted City Action and its follow-up (after Decidim's accountability results).
/// Rules: progress and disbursement only grow; disbursement stays within the budget; a report is
/// not dated before the last one nor in the future; Completed means 100 %; Completed and
/// Cancelled are final.
/// </summary>
public sealed class FundedAction : Aggregate
{
    private const string Rule = "ACTION_PROGRESS";
    private readonly List<ActionMilestone> _milestones = [];
    private readonly List<ActionResultFigure> _results = [];
    private readonly List<ProgressReport> _reports = [];

    private FundedAction()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public LocalizedText Title { get; private set; } = LocalizedText.Empty;

    public LocalizedText Summary { get; private set; } = LocalizedText.Empty;

    public string CityId { get; private set; } = string.Empty;

    public string CallId { get; private set; } = string.Empty;

    public string? ApplicationId { get; private set; }

    public List<Objective> Objectives { get; private set; } = [];

    public decimal? Budget { get; private set; }

    public string Currency { get; private set; } = "EUR";

    public decimal Disbursed { get; private set; }

    public ActionStatus Status { get; private set; }

    public int ProgressPercent { get; private set; }

    public IReadOnlyList<ActionMilestone> Milestones => _milestones;

    public IReadOnlyList<ActionResultFigure> Results => _results;

    public List<string> SdgTargets { get; private set; } = [];

    public List<string> PriorityIds { get; private set; } = [];

    public List<string> RecommendationIds { get; private set; } = [];

    public IReadOnlyList<ProgressReport> Reports => _reports;

    public DateTimeOffset FundedAt { get; private set; }

    /// <summary>How a funded action is found by its id ("actions/{id}").</summary>
    public static ResourceKind<FundedAction> Resource { get; } = new("Funded action", "actions", id => f => f.Id == id);

    public override string ResourceName => $"actions/{Id}";

    public static FundedAction Fund(FundingDecision decision, DateTimeOffset now)
    {
        var action = new FundedAction
        {
            Id = decision.Id, Title = decision.Title, Summary = decision.Summary, CityId = decision.CityId, CallId = decision.CallId,
            ApplicationId = decision.ApplicationId, Objectives = [.. decision.Objectives], Budget = decision.Budget, Currency = decision.Currency,
            SdgTargets = [.. decision.SdgTargets], PriorityIds = [.. decision.PriorityIds], RecommendationIds = [.. decision.RecommendationIds],
            Status = ActionStatus.NotStarted, FundedAt = now,
        };
        action._milestones.AddRange(decision.Milestones);
        action.Raise(new ActionFunded(action.Id, action.CallId, action.CityId, action.ApplicationId, action.Budget, action.Currency,
            action.PriorityIds, action.RecommendationIds, now));
        return action;
    }

    /// <summary>Changes the plan: any of title, summary, milestones (each reached one kept, with its date) and SDG targets.</summary>
    public void Plan(ActionPlan plan)
    {
        if (Status is ActionStatus.Completed or ActionStatus.Cancelled)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"{ResourceName} is {Status}: its plan is final.");
        }

        if (plan.Milestones is { } milestones)
        {
            var dropped = _milestones.Where(m => m.DoneOn is not null && milestones.All(n => n.Id != m.Id)).Select(m => m.Id).ToList();
            if (dropped.Count > 0)
            {
                throw new FailedPreconditionException(Rule, ResourceName, $"Reached milestones stay in the plan: {string.Join(", ", dropped)}.");
            }

            var reached = _milestones.Where(m => m.DoneOn is not null).ToDictionary(m => m.Id, m => m.DoneOn);
            var planned = milestones.Select(m => m with { DoneOn = reached.GetValueOrDefault(m.Id) }).ToList();
            _milestones.Clear();
            _milestones.AddRange(planned);
        }

        (Title, Summary) = (plan.Title ?? Title, plan.Summary ?? Summary);
        SdgTargets = plan.SdgTargets is { } targets ? [.. targets] : SdgTargets;
        Changed();
    }

    public void Report(ProgressUpdate update, string actor, DateTimeOffset now)
    {
        var problems = Check(update);
        if (problems.Count > 0)
        {
            throw new FailedPreconditionException(Rule, ResourceName, string.Join(" ", problems));
        }

        foreach (var (id, doneOn) in update.MilestonesDone)
        {
            var index = _milestones.FindIndex(m => m.Id == id);
            _milestones[index] = _milestones[index] with { DoneOn = doneOn };
        }

        foreach (var result in update.Results)
        {
            _results.RemoveAll(r => r.Indicator == result.Indicator);
            _results.Add(result);
        }

        (Status, ProgressPercent, Disbursed) = (update.Status, update.ProgressPercent, update.Disbursed);
        _reports.Add(new ProgressReport(update.ReportedOn, update.Status, update.ProgressPercent, update.Disbursed, update.Note, actor));
        Changed(new ActionProgressReported(Id, update.ReportedOn, StatusName(update.Status), update.ProgressPercent, update.Disbursed, Currency, now));
    }

    private List<string> Check(ProgressUpdate update)
    {
        var problems = new List<string>();
        if (Status is ActionStatus.Completed or ActionStatus.Cancelled)
        {
            problems.Add($"{ResourceName} is {Status}: it takes no more reports.");
        }

        if (_reports.Count > 0 && update.ReportedOn < _reports[^1].ReportedOn)
        {
            problems.Add($"The report is dated before the last one ({_reports[^1].ReportedOn:yyyy-MM-dd}).");
        }

        if (update.ProgressPercent < ProgressPercent)
        {
            problems.Add($"Progress cannot go back (from {ProgressPercent} % to {update.ProgressPercent} %).");
        }

        if (update.Disbursed < Disbursed || (Budget is { } budget && update.Disbursed > budget))
        {
            problems.Add($"Disbursed money must be from {Currency} {Disbursed:N0} (already paid){(Budget is { } b ? $" to the budget, {Currency} {b:N0}" : string.Empty)}.");
        }

        if (update.Status == ActionStatus.Completed && update.ProgressPercent != 100)
        {
            problems.Add("A completed action is at 100 %.");
        }

        problems.AddRange(update.MilestonesDone.Where(m => _milestones.TrueForAll(x => x.Id != m.Id)).Select(m => $"The action has no milestone \"{m.Id}\"."));
        return problems;
    }

    public static string StatusName(ActionStatus status) => status switch
    {
        ActionStatus.NotStarted => "not-started",
        ActionStatus.InProgress => "in-progress",
        ActionStatus.Completed => "completed",
        _ => "cancelled",
    };
}

/// <summary>What funding an action decides: from a selected application, or a seeded action.</summary>
public sealed record FundingDecision(
    string Id, LocalizedText Title, LocalizedText Summary, string CityId, string CallId, string? ApplicationId, IReadOnlyList<Objective> Objectives,
    decimal? Budget, string Currency, IReadOnlyList<string> SdgTargets, IReadOnlyList<string> PriorityIds, IReadOnlyList<string> RecommendationIds,
    IReadOnlyList<ActionMilestone> Milestones);

/// <summary>A checked progress report.</summary>
public sealed record ProgressUpdate(
    DateOnly ReportedOn, ActionStatus Status, int ProgressPercent, decimal Disbursed,
    IReadOnlyList<(string Id, DateOnly DoneOn)> MilestonesDone, IReadOnlyList<ActionResultFigure> Results, string Note);

/// <summary>A change of an action's plan; null leaves that part as it is.</summary>
public sealed record ActionPlan(LocalizedText? Title, LocalizedText? Summary, IReadOnlyList<ActionMilestone>? Milestones, IReadOnlyList<string>? SdgTargets);
