using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Observations;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>
/// One row of a comparison: the city, its name if known, the observation its cell shows (null:
/// not reported) and, with a breakdown, the observation of each category (in the comparison's order).
/// </summary>
public sealed record ComparisonLine(string CityId, KnownCity? City, Observation? Observation, IReadOnlyList<Observation?> Categories);

/// <summary>A comparison: the indicator, the breakdown's categories (none for totals only) and one line per city.</summary>
public sealed record Comparison(IndicatorDefinition Indicator, IReadOnlyList<string> Categories, IReadOnlyList<ComparisonLine> Lines);

/// <summary>
/// One indicator across cities: the totals, and the categories of a breakdown when asked; for a
/// year, or each city's latest; as the figures stand now or stood at a time. Shared by the gRPC
/// call and its CSV representation, so both give the same answer.
/// </summary>
public sealed class IndicatorComparison(KnowledgeDbContext db, ObservationStates states)
{
    public async Task<Comparison> CompareAsync(ComparisonQuery query, CancellationToken cancellationToken)
    {
        var indicator = await FindIndicatorAsync(db, query.Code, cancellationToken);
        if (query.Breakdown is { } asked && !indicator.AllowedDisaggregations.Contains(asked))
        {
            throw new InvalidArgumentException("breakdown", $"{indicator.ResourceName} is not broken down by {BreakdownColumns.NameOf(asked)}.", FieldReasons.NotAllowed);
        }

        var observations = await states.OfIndicatorAsync(query.Code, query.CityIds, query.AsOf, totalsOnly: query.Breakdown is null, cancellationToken);
        var totals = observations.Where(o => o.BreakdownKey == Breakdown.Total.Key).ToList();
        var (order, known) = await CitiesAsync(db, query.CityIds, cancellationToken);
        if (query.Breakdown is not { } dimension)
        {
            return new Comparison(indicator, [], order.Select(id => new ComparisonLine(id, known.GetValueOrDefault(id),
                FigureSelection.Pick(totals.Where(o => o.CityId == id), query.Year), [])).ToList());
        }

        var parts = observations.Select(o => (Observation: o, Category: BreakdownColumns.CategoryOf(o, dimension)))
            .Where(p => p.Category is not null).ToList();
        var categories = BreakdownColumns.Categories(dimension, parts.Select(p => p.Observation));
        var lines = order.Select(id =>
        {
            var total = FigureSelection.Pick(totals.Where(o => o.CityId == id), query.Year);
            var own = parts.Where(p => p.Observation.CityId == id).ToList();
            // The categories of the total's year; without a total, of the year asked or the latest with any category.
            var year = total?.ReferenceYear ?? query.Year ?? own.Select(p => (int?)p.Observation.ReferenceYear).Max();
            return new ComparisonLine(id, known.GetValueOrDefault(id), total, categories
                .Select(c => own.Find(p => p.Category == c && p.Observation.ReferenceYear == year).Observation)
                .ToList());
        }).ToList();
        return new Comparison(indicator, categories, lines);
    }

    internal static async Task<IndicatorDefinition> FindIndicatorAsync(KnowledgeDbContext db, string code, CancellationToken cancellationToken) =>
        await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == code, cancellationToken)
            ?? throw new NotFoundException("Indicator", $"indicators/{code}");

    /// <summary>
    /// The cities in answer order (as asked, or every member by name) with Knowledge's copy of each;
    /// refuses a city that is neither in the copy nor has figures (of any time).
    /// </summary>
    internal static async Task<(IReadOnlyList<string> Order, Dictionary<string, KnownCity> Known)> CitiesAsync(
        KnowledgeDbContext db, IReadOnlyList<string> cityIds, CancellationToken cancellationToken)
    {
        var known = cityIds.Count == 0
            ? await db.KnownCities.AsNoTracking().Where(c => c.IsMember).ToDictionaryAsync(c => c.Id, cancellationToken)
            : await db.KnownCities.AsNoTracking().Where(c => cityIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var notKnown = cityIds.Where(id => !known.ContainsKey(id)).ToList();
        if (notKnown.Count > 0)
        {
            // A city with figures is one of the network, even before Knowledge's copy has it.
            var withFigures = await db.Observations.Where(o => notKnown.Contains(o.CityId)).Select(o => o.CityId).Distinct().ToListAsync(cancellationToken);
            var unknown = notKnown.Except(withFigures).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidArgumentException("cities", $"not cities of the network: {string.Join(", ", unknown)}.", FieldReasons.UnknownReference);
            }
        }

        IReadOnlyList<string> order = cityIds.Count > 0 ? cityIds : known.Values.OrderBy(c => c.Names.En).Select(c => c.Id).ToList();
        return (order, known);
    }
}
