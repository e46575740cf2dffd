using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Network;

/// <summary>Writes partners and phases as mc2cm.cities.v1 messages.</summary>
public static class NetworkMapping
{
    public static Proto.Partner ToProto(this Partner partner) => new()
    {
        Name = $"partners/{partner.Id}",
        Acronym = partner.Acronym,
        DisplayName = partner.Names.ToProto(),
        Role = partner.Role switch
        {
            PartnerRole.Lead => Proto.PartnerRole.Lead,
            PartnerRole.Partner => Proto.PartnerRole.Partner,
            PartnerRole.Funder => Proto.PartnerRole.Funder,
            _ => Proto.PartnerRole.Unspecified,
        },
        Contribution = partner.Contribution,
        Etag = ETag.From(partner.Version),
    };

    public static Proto.Phase ToProto(this Phase phase)
    {
        var message = new Proto.Phase
        {
            Name = phase.ResourceName,
            DisplayName = phase.Names.ToProto(),
            StartDate = phase.StartDate.ToProtoDate(),
            EndDate = phase.EndDate.ToProtoDate(),
            Etag = ETag.From(phase.Version),
        };
        message.BudgetLines.AddRange(phase.BudgetLines.Select(l => new Proto.BudgetLine
        {
            Funder = l.FunderId.Length > 0 ? $"partners/{l.FunderId}" : string.Empty,
            Description = l.Description,
            Amount = l.Amount.ToMoney(l.Currency),
        }));
        var currencies = phase.BudgetLines.Select(l => l.Currency).Distinct().ToList();
        if (currencies.Count == 1)
        {
            message.TotalBudget = phase.BudgetLines.Sum(l => l.Amount).ToMoney(currencies[0]);
        }

        return message;
    }
}
