using Mc2cm.CityDirectory;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>One row of a comparison: the city, its name if known, and the observation its cell shows (null: not reported).</summary>
public sealed record ComparisonLine(string CityId, KnownCity? City, Observation? Observation);

/// <summary>
/// One indicator across cities (the totals, not the breakdowns): for a year, or each city's
/// latest. Shared by the gRPC call and its CSV representation, so both give the same answer.
/// </summary>
public sealed class IndicatorComparison(KnowledgeDbContext db)
{
    public async Task<(IndicatorDefinition Indicator, IReadOnlyList<ComparisonLine> Lines)> CompareAsync(
        string code, IReadOnlyList<string> cityIds, int? year, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken)
            ?? throw new NotFoundException("Indicator", $"indicators/{code}");
        var totals = await db.Observations.AsNoTracking()
            .Where(o => o.IndicatorCode == code && o.BreakdownKey == Breakdown.Total.Key)
            .Where(o => cityIds.Count == 0 || cityIds.Contains(o.CityId))
            .ToListAsync(cancellationToken);
        var known = cityIds.Count == 0
            ? await db.KnownCities.AsNoTracking().Where(c => c.IsMember).ToDictionaryAsync(c => c.Id, cancellationToken)
            : await db.KnownCities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);

        var unknown = cityIds.Where(id => !known.ContainsKey(id) && totals.TrueForAll(o => o.CityId != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidArgumentException("cities", $"not cities of the network: {string.Join(", ", unknown)}.", FieldReasons.UnknownReference);
        }

        var order = cityIds.Count > 0 ? cityIds : known.Values.OrderBy(c => c.Names.En).Select(c => c.Id).ToList();
        var lines = order.Select(id => new ComparisonLine(id, known.GetValueOrDefault(id),
            FigureSelection.Pick(totals.Where(o => o.CityId == id), year))).ToList();
        return (indicator, lines);
    }
}
