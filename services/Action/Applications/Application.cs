using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Events.Action;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Action.Applications;

/// <summary>A document attached to an application.</summary>
public sealed record ApplicationDocument(DocumentKind Kind, string Title, string Uri);

/// <summary>An eligibility rule the application failed, by name, with what was wrong.</summary>
public sealed record FailedRule(string Rule, string Description);

/// <summary>An evaluator assigned to score an application, by token subject.</summary>
public sealed record EvaluatorAssignment(string Evaluator);

/// <summary>One evaluator's scores: criterion id → score.</summary>
public sealed record ScoreSheet(string Evaluator, IReadOnlyDictionary<string, int> Scores, DateTimeOffset At)
{
    public int Total => Scores.Values.Sum();
}

/// <summary>
/// An application to a call, with the eligibility result of its submission. Only an eligible
/// application is scored and selected; a selected one points to its funded action.
/// </summary>
public sealed class Application : Aggregate
{
    private readonly List<ApplicationDocument> _documents = [];
    private readonly List<FailedRule> _failedRules = [];
    private readonly List<EvaluatorAssignment> _evaluators = [];

    private Application()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string CallId { get; private set; } = string.Empty;

    public string Organisation { get; private set; } = string.Empty;

    public ApplicantType ApplicantType { get; private set; }

    public string CityId { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public decimal RequestedAmount { get; private set; }

    public string Currency { get; private set; } = "EUR";

    public List<Objective> Objectives { get; private set; } = [];

    public List<string> PriorityIds { get; private set; } = [];

    public List<string> RecommendationIds { get; private set; } = [];

    public IReadOnlyList<ApplicationDocument> Documents => _documents;

    public IReadOnlyList<FailedRule> FailedRules => _failedRules;

    public List<ScoreSheet> ScoreSheets { get; private set; } = [];

    public IReadOnlyList<EvaluatorAssignment> Evaluators => _evaluators;

    public ApplicationStatus Status { get; private set; }

    public string? ActionId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string SubmittedBy { get; private set; } = string.Empty;

    /// <summary>How a application is found by its id ("applications/{id}").</summary>
    public static ResourceKind<Application> Resource { get; } = new("Application", "applications", id => a => a.Id == id);

    public override string ResourceName => $"applications/{Id}";

    public double AverageScore => ScoreSheets.Count == 0 ? 0 : ScoreSheets.Average(s => s.Total);

    public static Application Submit(string id, ApplicationDraft draft, IReadOnlyList<FailedRule> failedRules, string actor, DateTimeOffset now)
    {
        var application = new Application
        {
            Id = id, CallId = draft.CallId, Organisation = draft.Organisation, ApplicantType = draft.ApplicantType, CityId = draft.CityId,
            Title = draft.Title, RequestedAmount = draft.RequestedAmount, Currency = draft.Currency, Objectives = [.. draft.Objectives],
            PriorityIds = [.. draft.PriorityIds], RecommendationIds = [.. draft.RecommendationIds],
            Status = failedRules.Count == 0 ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible,
            SubmittedAt = now, SubmittedBy = actor,
        };
        application._documents.AddRange(draft.Documents);
        application._failedRules.AddRange(failedRules);
        application.Raise(new ApplicationSubmitted(id, draft.CallId, draft.CityId, failedRules.Count == 0,
            failedRules.Select(r => r.Rule).ToList(), draft.RequestedAmount, draft.Currency, now));
        return application;
    }

    /// <summary>Replaces who may score it; a sheet already given stays.</summary>
    public void AssignEvaluators(IReadOnlyList<string> evaluators)
    {
        Require(ApplicationStatus.Eligible, "assigned evaluators");
        _evaluators.Clear();
        _evaluators.AddRange(evaluators.Select(e => new EvaluatorAssignment(e)));
        Changed();
    }

    public bool IsAssignedTo(string? evaluator) => evaluator is not null && _evaluators.Exists(e => e.Evaluator == evaluator);

    /// <summary>Records an evaluator's sheet, replacing their earlier one.</summary>
    public void Score(ScoreSheet sheet)
    {
        Require(ApplicationStatus.Eligible, "scored");
        if (!IsAssignedTo(sheet.Evaluator))
        {
            throw new PermissionDeniedException("EVALUATOR_NOT_ASSIGNED", ResourceName, $"{sheet.Evaluator} is not assigned to score {ResourceName}.");
        }

        ScoreSheets = [.. ScoreSheets.Where(s => s.Evaluator != sheet.Evaluator), sheet];
        Changed();
    }

    public void Select(string actionId)
    {
        Require(ApplicationStatus.Eligible, "selected");
        if (ScoreSheets.Count == 0)
        {
            throw new FailedPreconditionException("APPLICATION_EVALUATION", ResourceName, $"{ResourceName} has not been scored; score it before selecting it.");
        }

        (Status, ActionId) = (ApplicationStatus.Selected, actionId);
        Changed();
    }

    /// <summary>Its city left the network: an open application waits, it is not deleted.</summary>
    public bool PutOnHold()
    {
        if (Status != ApplicationStatus.Eligible)
        {
            return false;
        }

        Status = ApplicationStatus.OnHold;
        Changed();
        return true;
    }

    private void Require(ApplicationStatus status, string verb)
    {
        if (Status != status)
        {
            throw new FailedPreconditionException("APPLICATION_STATUS", ResourceName, $"Only an {status} application can be {verb}; {ResourceName} is {Status}.");
        }
    }
}

/// <summary>A checked SubmitApplication request.</summary>
public sealed record ApplicationDraft(
    string CallId, string Organisation, ApplicantType ApplicantType, string CityId, string Title, decimal RequestedAmount, string Currency,
    IReadOnlyList<Objective> Objectives, IReadOnlyList<string> PriorityIds, IReadOnlyList<string> RecommendationIds, IReadOnlyList<ApplicationDocument> Documents);
