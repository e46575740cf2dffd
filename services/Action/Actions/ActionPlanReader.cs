using System.Text.RegularExpressions;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Actions;

/// <summary>Reads an UpdateAction request: the fields its mask names, each checked for form.</summary>
public static partial class ActionPlanReader
{
    private static readonly string[] Plannable = ["title", "summary", "milestones", "sdg_targets"];

    public static (string Id, string Etag, ActionPlan Plan) Read(Proto.UpdateActionRequest request)
    {
        var violations = new FieldViolations();
        var action = request.Action ?? new Proto.FundedAction();
        var id = violations.ReadId("action.name", action.Name, "actions");
        violations.Require(action.Etag.Length > 0, "action.etag");
        var paths = request.UpdateMask is { Paths.Count: > 0 } mask
            ? mask.Paths.ToHashSet()
            : Plannable.Where(p => p switch
            {
                "title" => action.Title is not null,
                "summary" => action.Summary is not null,
                "milestones" => action.Milestones.Count > 0,
                _ => action.SdgTargets.Count > 0,
            }).ToHashSet();
        violations.Check(paths.Count > 0 && paths.All(Plannable.Contains), "update_mask", $"must name one or more of {string.Join(", ", Plannable)}.",
            paths.Count == 0 ? FieldReasons.Required : FieldReasons.NotAllowed);
        var title = paths.Contains("title") ? violations.ReadLocalizedText("action.title", action.Title, 300) : null;
        var summary = paths.Contains("summary") ? violations.ReadLocalizedText("action.summary", action.Summary, 4_000, required: false, multiline: true) : null;
        var milestones = paths.Contains("milestones") ? ReadMilestones(violations, action.Milestones) : null;
        var targets = paths.Contains("sdg_targets") ? ReadTargets(violations, action.SdgTargets) : null;
        violations.ThrowIfAny();
        return (id!, action.Etag, new ActionPlan(title, summary, milestones, targets));
    }

    private static List<ActionMilestone> ReadMilestones(FieldViolations violations, IList<Proto.Milestone> milestones)
    {
        violations.Check(milestones.Count <= 50, "action.milestones", "must list at most 50 milestones.", FieldReason.TooMany(50));
        violations.Check(milestones.Select(m => m.Id).Distinct().Count() == milestones.Count, "action.milestones", "must not use a milestone id twice.", FieldReasons.Duplicate);
        var read = new List<ActionMilestone>();
        for (var i = 0; i < milestones.Count; i++)
        {
            var field = $"action.milestones[{i}]";
            violations.Slug($"{field}.id", milestones[i].Id);
            violations.RequiredText($"{field}.title", milestones[i].Title, 300);
            var dueOn = violations.ReadDate($"{field}.due_on", milestones[i].DueOn, required: false);
            // Progress reports say when a milestone is reached; a plan cannot.
            violations.Check(milestones[i].DoneOn is null, $"{field}.done_on", "is set by progress reports (milestones_done), not by the plan.", FieldReasons.NotAllowed);
            read.Add(new ActionMilestone(milestones[i].Id, milestones[i].Title, dueOn, null));
        }

        return read;
    }

    private static List<string> ReadTargets(FieldViolations violations, IList<string> targets)
    {
        violations.Check(targets.Count <= 30, "action.sdg_targets", "must list at most 30 targets.", FieldReason.TooMany(30));
        for (var i = 0; i < targets.Count; i++)
        {
            violations.Check(SdgTarget().IsMatch(targets[i]), $"action.sdg_targets[{i}]", "must be an SDG target such as \"10.7\" or \"16.b\" (goals 1 to 17).",
                FieldReason.InvalidFormat("10.7"));
        }

        return targets.Distinct().ToList();
    }

    [GeneratedRegex("^(1[0-7]|[1-9])\\.([1-9][0-9]?|[a-d])$", RegexOptions.CultureInvariant)]
    private static partial Regex SdgTarget();
}
