using Google.Protobuf.WellKnownTypes;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Actions;

/// <summary>Writes funded actions as mc2cm.action.v1 messages.</summary>
public static class FundedActionMapping
{
    public static Proto.FundedAction ToProto(this FundedAction action)
    {
        var message = new Proto.FundedAction
        {
            Name = action.ResourceName,
            Title = action.Title.ToProto(),
            Summary = action.Summary.ToProto(),
            City = $"cities/{action.CityId}",
            Call = $"calls/{action.CallId}",
            Application = action.ApplicationId is { } application ? $"applications/{application}" : string.Empty,
            Budget = action.Budget?.ToMoney(action.Currency),
            Disbursed = action.Disbursed.ToMoney(action.Currency),
            Status = action.Status,
            ProgressPercent = action.ProgressPercent,
            FundTime = Timestamp.FromDateTimeOffset(action.FundedAt),
            Etag = ETag.From(action.Version),
        };
        message.Objectives.AddRange(action.Objectives);
        message.Milestones.AddRange(action.Milestones.Select(m => new Proto.Milestone { Id = m.Id, Title = m.Title, DueOn = m.DueOn?.ToProtoDate(), DoneOn = m.DoneOn?.ToProtoDate() }));
        message.Results.AddRange(action.Results.Select(r => new Proto.ActionResult { Indicator = r.Indicator, Value = r.Value, Unit = r.Unit }));
        message.SdgTargets.AddRange(action.SdgTargets);
        message.Priorities.AddRange(action.PriorityIds.Select(p => $"priorities/{p}"));
        message.Recommendations.AddRange(action.RecommendationIds.Select(r => $"recommendations/{r}"));
        message.Reports.AddRange(action.Reports.Select(r => new Proto.ProgressReport
        {
            ReportedOn = r.ReportedOn.ToProtoDate(), Status = r.Status, ProgressPercent = r.ProgressPercent,
            Disbursed = r.Disbursed.ToMoney(action.Currency), Note = r.Note, ReportedBy = r.ReportedBy,
        }));
        return message;
    }
}
