using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Calls;

/// <summary>Writes calls as mc2cm.action.v1 messages.</summary>
public static class CallMapping
{
    public static Proto.Call ToProto(this Call call)
    {
        var message = new Proto.Call
        {
            Name = call.ResourceName,
            Number = call.Number,
            Title = call.Title.ToProto(),
            Theme = call.Theme,
            OpensOn = call.OpensOn.ToProtoDate(),
            ClosesOn = call.ClosesOn.ToProtoDate(),
            MaxGrant = call.MaxGrant.ToMoney(call.Currency),
            Budget = call.Budget?.ToMoney(call.Currency),
            State = call.State,
            Etag = ETag.From(call.Version),
        };
        message.EligibleCountries.AddRange(call.EligibleCountries);
        message.Objectives.AddRange(call.Objectives);
        message.EligibleApplicantTypes.AddRange(call.EligibleApplicantTypes);
        message.SupportLetterRequiredFor.AddRange(call.SupportLetterRequiredFor);
        message.Criteria.AddRange(call.Criteria.Select(c => new Proto.Criterion { Id = c.Id, Name = c.Name.ToProto(), MaxScore = c.MaxScore }));
        return message;
    }
}
