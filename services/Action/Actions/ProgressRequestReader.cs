using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Actions;

/// <summary>Reads a progress report, checking the form of every field (the action's own rules come after).</summary>
public static class ProgressRequestReader
{
    public static ProgressUpdate Read(Proto.ReportProgressRequest request, string currency, DateOnly today)
    {
        var violations = new FieldViolations();
        var reportedOn = violations.ReadDate("reported_on", request.ReportedOn);
        violations.Check(reportedOn is null || reportedOn <= today, "reported_on", "must not be in the future.", FieldReasons.InTheFuture);
        violations.Enum("status", request.Status, "must be an action status.");
        violations.Check(request.ProgressPercent is >= 0 and <= 100, "progress_percent", "must be from 0 to 100.", FieldReason.Range(0, 100));
        var disbursed = request.Disbursed?.ToDecimal() ?? 0;
        violations.Check(request.Disbursed is null || request.Disbursed.CurrencyCode == currency, "disbursed.currency_code", $"must be {currency}, the currency of the action.", FieldReason.WrongCurrency(currency));
        violations.Check(disbursed >= 0 && (request.Disbursed?.IsWholeCents() ?? true), "disbursed", "must be an amount of 0 or more with at most two decimals.",
            disbursed >= 0 ? FieldReasons.InvalidFormat : FieldReason.AtLeast(0));
        var done = new List<(string, DateOnly)>();
        for (var i = 0; i < request.MilestonesDone.Count; i++)
        {
            violations.Slug($"milestones_done[{i}].id", request.MilestonesDone[i].Id);
            var doneOn = violations.ReadDate($"milestones_done[{i}].done_on", request.MilestonesDone[i].DoneOn);
            violations.Check(doneOn is null || doneOn <= today, $"milestones_done[{i}].done_on", "must not be in the future.", FieldReasons.InTheFuture);
            done.Add((request.MilestonesDone[i].Id, doneOn ?? default));
        }

        for (var i = 0; i < request.Results.Count; i++)
        {
            violations.RequiredText($"results[{i}].indicator", request.Results[i].Indicator, 200);
            var value = request.Results[i].Value;
            violations.Check(double.IsFinite(value) && value >= 0, $"results[{i}].value", "must be a number of 0 or more.",
                double.IsFinite(value) ? FieldReason.AtLeast(0) : FieldReasons.InvalidFormat);
            violations.OptionalText($"results[{i}].unit", request.Results[i].Unit, 60);
        }

        violations.OptionalText("note", request.Note, 2_000, multiline: true);
        violations.Require(request.Etag.Length > 0, "etag");
        violations.ThrowIfAny();
        return new ProgressUpdate(reportedOn!.Value, request.Status, request.ProgressPercent, disbursed, done,
            request.Results.Select(r => new ActionResultFigure(r.Indicator, r.Value, r.Unit)).ToList(), request.Note);
    }
}
