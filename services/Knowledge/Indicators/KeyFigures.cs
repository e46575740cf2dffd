using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>A profile's key-figures box: the latest figure (or gap) of each key indicator, in catalogue order.</summary>
public sealed class KeyFigures(KnowledgeDbContext db)
{
    public async Task<IReadOnlyList<Proto.KeyFigure>> ForCityAsync(string cityId, string? language, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.KeyFigure).OrderBy(i => i.Position).ToListAsync(cancellationToken);
        var codes = indicators.Select(i => i.Code).ToList();
        var totals = await db.Observations.AsNoTracking().Standing()
            .Where(o => o.CityId == cityId && codes.Contains(o.IndicatorCode) && o.BreakdownKey == Breakdown.Total.Key)
            .ToListAsync(cancellationToken);
        return indicators.Select(i => new Proto.KeyFigure
        {
            Indicator = i.ResourceName,
            IndicatorDisplayName = i.ToProto(language).DisplayName,
            Cell = FigureSelection.Pick(totals.Where(o => o.IndicatorCode == i.Code), year: null).ToCell(),
        }).ToList();
    }
}
