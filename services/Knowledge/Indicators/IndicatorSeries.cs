using Mc2cm.CityDirectory;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>One city's figures (and gaps) of the series, oldest first.</summary>
public sealed record SeriesLine(string CityId, KnownCity? City, IReadOnlyList<Observation> Points);

/// <summary>
/// One indicator for some cities over the years: each city's total of every year it has one (a
/// figure or a gap), as the figures stand now. Shared by the gRPC call and its CSV representation.
/// </summary>
public sealed class IndicatorSeries(KnowledgeDbContext db, ObservationStates states)
{
    public async Task<(IndicatorDefinition Indicator, IReadOnlyList<SeriesLine> Lines)> ReadAsync(SeriesQuery query, CancellationToken cancellationToken)
    {
        var indicator = await IndicatorComparison.FindIndicatorAsync(db, query.Code, cancellationToken);
        var totals = (await states.OfIndicatorAsync(query.Code, query.CityIds, asOf: null, totalsOnly: true, cancellationToken))
            .Where(o => o.ReferenceYear >= (query.FromYear ?? int.MinValue) && o.ReferenceYear <= (query.ToYear ?? int.MaxValue))
            .ToList();
        var (order, known) = await IndicatorComparison.CitiesAsync(db, query.CityIds, cancellationToken);
        return (indicator, order.Select(id => new SeriesLine(id, known.GetValueOrDefault(id),
            totals.Where(o => o.CityId == id).OrderBy(o => o.ReferenceYear).ToList())).ToList());
    }
}
