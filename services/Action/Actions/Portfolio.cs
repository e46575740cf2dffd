using Mc2cm.Action.Data;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Actions;

/// <summary>Budget and disbursement totals of the funded actions, by call, country or objective.</summary>
public sealed class Portfolio(ActionDbContext db)
{
    public async Task<Proto.GetPortfolioResponse> SummariseAsync(Proto.PortfolioGrouping grouping, CancellationToken cancellationToken)
    {
        var actions = await db.Actions.AsNoTracking()
            .Select(a => new { a.CallId, a.CityId, a.Objectives, a.Budget, a.Disbursed, a.Currency })
            .ToListAsync(cancellationToken);
        var countries = await db.KnownCities.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.CountryCode, cancellationToken);
        var keyed = actions.SelectMany(a => (grouping switch
        {
            Proto.PortfolioGrouping.Country => [countries.GetValueOrDefault(a.CityId) is { Length: > 0 } country ? country : "unknown"],
            Proto.PortfolioGrouping.Objective => a.Objectives.Select(o => o.ToString()),
            _ => new[] { $"calls/{a.CallId}" },
        }).Select(key => (Key: key, Action: a)));

        var response = new Proto.GetPortfolioResponse();
        response.Rows.AddRange(keyed.GroupBy(k => (k.Key, k.Action.Currency)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).Select(g => Row(g.Key.Key, g.Key.Currency,
            g.Count(), g.Sum(k => k.Action.Budget ?? 0), g.Sum(k => k.Action.Disbursed))));
        var currency = actions.Select(a => a.Currency).FirstOrDefault() ?? "EUR";
        response.Total = Row("total", currency, actions.Count, actions.Where(a => a.Currency == currency).Sum(a => a.Budget ?? 0),
            actions.Where(a => a.Currency == currency).Sum(a => a.Disbursed));
        return response;
    }

    private static Proto.PortfolioRow Row(string key, string currency, int count, decimal budget, decimal disbursed) => new()
    {
        Key = key,
        ActionCount = count,
        Budget = budget.ToMoney(currency),
        Disbursed = disbursed.ToMoney(currency),
    };
}
