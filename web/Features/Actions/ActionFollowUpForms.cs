using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Actions;

/// <summary>A milestone row of a form: reached on a day (progress) or planned (plan).</summary>
public sealed class MilestoneInput
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? DoneOn { get; set; }
}

/// <summary>A progress report on a funded action: the day, status, percentage, money paid out, milestones reached, a note.</summary>
public sealed class ProgressForm : FormModel
{
    public DateOnly? ReportedOn { get; set; }

    public ActionStatus Status { get; set; }

    public int ProgressPercent { get; set; }

    public decimal? Disbursed { get; set; }

    /// <summary>The milestones not reached yet, each with the day it was reached (empty: not yet).</summary>
    public List<MilestoneInput> Milestones { get; set => field = value ?? []; } = [];

    public string? Note { get; set; }

    public static ProgressForm From(FundedAction action, DateOnly today) => new()
    {
        Etag = action.Etag, ReportedOn = today, Status = action.Status == ActionStatus.NotStarted ? ActionStatus.InProgress : action.Status,
        ProgressPercent = action.ProgressPercent, Disbursed = Amount(action.Disbursed),
        Milestones = [.. action.Milestones.Where(m => m.DoneOn is null).Select(m => new MilestoneInput { Id = m.Id })],
    };

    public ReportProgressRequest Request(string name, string currency)
    {
        var request = new ReportProgressRequest
        {
            Name = name, ReportedOn = ReportedOn.ToProto(), Status = Status, ProgressPercent = ProgressPercent,
            Disbursed = Disbursed is { } amount ? Money(amount, currency) : null, Note = Note?.Trim() ?? string.Empty, Etag = Etag ?? string.Empty,
        };
        request.MilestonesDone.AddRange(Milestones.Where(IsReached).Select(m => new Milestone { Id = m.Id?.Trim() ?? string.Empty, DoneOn = m.DoneOn.ToProto() }));
        return request;
    }

    /// <summary>The service's field of the milestone in form row <paramref name="row"/> ("milestones_done[0]"); rows without a day are not sent.</summary>
    public string FieldOf(int row) => $"milestones_done[{Milestones.Take(row).Count(IsReached)}]";

    private static bool IsReached(MilestoneInput m) => m.DoneOn is not null;

    public static decimal? Amount(Google.Type.Money? money) => money is null ? null : money.Units + (money.Nanos / 1_000_000_000m);

    // Whole units and cents as google.type.Money keeps them: units, and nanos of the same sign.
    public static Google.Type.Money Money(decimal amount, string currency)
    {
        var units = decimal.Truncate(amount);
        return new Google.Type.Money { CurrencyCode = currency, Units = (long)units, Nanos = (int)((amount - units) * 1_000_000_000m) };
    }
}

/// <summary>A funded action's plan: title, summary, milestones, SDG targets.</summary>
public sealed class PlanForm : FormModel
{
    /// <summary>Blank rows offered under the planned milestones, to add new ones.</summary>
    public const int NewRows = 2;

    public LocalizedTextInput Title { get; set => field = value ?? new(); } = new();

    public LocalizedTextInput Summary { get; set => field = value ?? new(); } = new();

    public List<MilestoneInput> Milestones { get; set => field = value ?? []; } = [];

    public string? SdgTargets { get; set; }

    public static PlanForm From(FundedAction action) => new()
    {
        Etag = action.Etag, Title = LocalizedTextInput.From(action.Title), Summary = LocalizedTextInput.From(action.Summary),
        Milestones = [.. action.Milestones.Select(m => new MilestoneInput { Id = m.Id, Title = m.Title, DueOn = m.DueOn.ToDateOnly() }),
            .. Enumerable.Range(0, NewRows).Select(_ => new MilestoneInput())],
        SdgTargets = string.Join(", ", action.SdgTargets),
    };

    /// <summary>Every part of the plan is sent; a milestone row left empty is not a milestone.</summary>
    public UpdateActionRequest Request(string name)
    {
        var action = new FundedAction { Name = name, Etag = Etag ?? string.Empty, Title = Title.ToProto(), Summary = Summary.ToProto() };
        action.Milestones.AddRange(Filled().Select(m => new Milestone { Id = m.Id?.Trim() ?? string.Empty, Title = m.Title?.Trim() ?? string.Empty, DueOn = m.DueOn.ToProto() }));
        action.SdgTargets.AddRange((SdgTargets ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new UpdateActionRequest { Action = action, UpdateMask = new FieldMask { Paths = { "title", "summary", "milestones", "sdg_targets" } } };
    }

    /// <summary>The service's field of the milestone in form row <paramref name="row"/> ("action.milestones[0]"); empty rows are not sent.</summary>
    public string FieldOf(int row) => $"action.milestones[{Milestones.Take(row).Count(IsFilled)}]";

    private IEnumerable<MilestoneInput> Filled() => Milestones.Where(IsFilled);

    private static bool IsFilled(MilestoneInput m) => !string.IsNullOrWhiteSpace(m.Id) || !string.IsNullOrWhiteSpace(m.Title) || m.DueOn is not null;
}
