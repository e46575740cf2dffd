using Google.Protobuf.WellKnownTypes;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Applications;

/// <summary>Writes applications as mc2cm.action.v1 messages.</summary>
public static class ApplicationMapping
{
    public static Proto.Application ToProto(this Application application)
    {
        var message = new Proto.Application
        {
            Name = application.ResourceName,
            Call = $"calls/{application.CallId}",
            ApplicantOrganisation = application.Organisation,
            ApplicantType = application.ApplicantType,
            City = $"cities/{application.CityId}",
            Title = application.Title,
            RequestedAmount = application.RequestedAmount.ToMoney(application.Currency),
            Status = application.Status,
            Eligibility = new Proto.Eligibility { Eligible = application.FailedRules.Count == 0 },
            AverageScore = application.AverageScore,
            Action = application.ActionId is { } action ? $"actions/{action}" : string.Empty,
            SubmitTime = Timestamp.FromDateTimeOffset(application.SubmittedAt),
            Etag = ETag.From(application.Version),
        };
        message.Objectives.AddRange(application.Objectives);
        message.Priorities.AddRange(application.PriorityIds.Select(p => $"priorities/{p}"));
        message.Recommendations.AddRange(application.RecommendationIds.Select(r => $"recommendations/{r}"));
        message.Documents.AddRange(application.Documents.Select(d => new Proto.ApplicationDocument { Kind = d.Kind, Title = d.Title, Uri = d.Uri }));
        message.Eligibility.FailedRules.AddRange(application.FailedRules.Select(r => new Proto.FailedRule { Rule = r.Rule, Description = r.Description }));
        message.Evaluators.AddRange(application.Evaluators.Select(e => e.Evaluator));
        message.ScoreSheets.AddRange(application.ScoreSheets.Select(s =>
        {
            var sheet = new Proto.ScoreSheet { Evaluator = s.Evaluator, Total = s.Total, ScoreTime = Timestamp.FromDateTimeOffset(s.At) };
            sheet.Scores.AddRange(s.Scores.Select(kv => new Proto.CriterionScore { Criterion = kv.Key, Score = kv.Value }));
            return sheet;
        }));
        return message;
    }
}
