using Mc2cm.Knowledge.Data;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Observations;

/// <summary>
/// The observations of an indicator as they stand now (retracted ones left out), or as they stood
/// at a time: those recorded by then, with the values the history says they had, without those
/// retracted by then. Comparisons, series and key figures read them here.
/// </summary>
public sealed class ObservationStates(KnowledgeDbContext db)
{
    /// <param name="totalsOnly">Only the totals, not the breakdowns (a correction may change the breakdown: an "as of" answer filters after).</param>
    public async Task<List<Observation>> OfIndicatorAsync(
        string code, IReadOnlyList<string> cityIds, DateTimeOffset? asOf, bool totalsOnly, CancellationToken cancellationToken)
    {
        var observations = db.Observations.AsNoTracking().Where(o => o.IndicatorCode == code);
        if (cityIds.Count > 0)
        {
            observations = observations.Where(o => cityIds.Contains(o.CityId));
        }

        if (asOf is not { } time)
        {
            var standing = observations.Standing();
            return await (totalsOnly ? standing.Where(o => o.BreakdownKey == Breakdown.Total.Key) : standing).ToListAsync(cancellationToken);
        }

        var existing = await observations.Where(o => o.CreatedAt <= time).ToListAsync(cancellationToken);
        // Only an observation corrected or retracted since then has changes after that time.
        var changed = existing.Where(o => o.UpdatedAt > time || o.RetractedAt > time).Select(o => o.Id).ToList();
        var changes = changed.Count == 0
            ? Enumerable.Empty<ObservationChange>().ToLookup(c => c.ObservationId)
            : (await db.ObservationChanges.AsNoTracking().Where(c => changed.Contains(c.ObservationId) && c.At > time).ToListAsync(cancellationToken))
                .ToLookup(c => c.ObservationId);
        return existing.Select(o => o.AsOf(time, changes[o.Id])).OfType<Observation>()
            .Where(o => !totalsOnly || o.BreakdownKey == Breakdown.Total.Key).ToList();
    }
}

/// <summary>The observations that count: not retracted.</summary>
public static class ObservationScopes
{
    public static IQueryable<Observation> Standing(this IQueryable<Observation> observations) =>
        observations.Where(o => o.RetractedAt == null);
}
