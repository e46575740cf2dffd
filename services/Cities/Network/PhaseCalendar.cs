using Mc2cm.Cities.Data;
using Mc2cm.Domain.Validation;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Network;

/// <summary>
/// The rules a phase's dates keep with everything else: its end is not before its start, it
/// shares no day with another phase, and it still covers the day each of its members joined (the
/// rule JoinNetwork applies when a city joins). Every broken rule is a field violation on
/// "phase.start_date" or "phase.end_date", so the coordinator's form shows it beside the date.
/// </summary>
public sealed class PhaseCalendar(CitiesDbContext db)
{
    private const string Start = "phase.start_date";
    private const string End = "phase.end_date";

    /// <summary>Refuses <paramref name="phase"/>'s dates (as they would be after the write) when they break a rule.</summary>
    public async Task EnsureFitsAsync(Phase phase, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        if (phase.EndDate < phase.StartDate)
        {
            violations.Add(End, $"must not be before start_date ({phase.StartDate:yyyy-MM-dd}).", FieldReason.MustFollow(Start));
            violations.ThrowIfAny();
        }

        // Few phases: all are read, and the first one overlapped (by date) is named.
        var others = await db.Phases.AsNoTracking().Where(p => p.Id != phase.Id).ToListAsync(cancellationToken);
        if (others.OrderBy(p => p.StartDate).FirstOrDefault(p => p.Overlaps(phase.StartDate, phase.EndDate)) is { } other)
        {
            var field = other.Covers(phase.StartDate) ? Start : End;
            var span = other.EndDate is { } otherEnd ? $"{other.StartDate:yyyy-MM-dd} to {otherEnd:yyyy-MM-dd}" : $"open-ended since {other.StartDate:yyyy-MM-dd}";
            violations.Add(field, $"overlaps {other.ResourceName} ({span}); phases share no day.",
                FieldReason.Overlaps(other.StartDate, other.EndDate));
        }

        var joined = await db.Cities.AsNoTracking().SelectMany(c => c.Memberships).Where(m => m.PhaseId == phase.Id)
            .Select(m => m.JoinedOn).Distinct().ToListAsync(cancellationToken);
        if (joined.Count > 0)
        {
            var (first, last) = (joined.Min(), joined.Max());
            if (first < phase.StartDate && !violations.HasViolationFor(Start))
            {
                violations.Add(Start, $"must be on or before {first:yyyy-MM-dd}, the day a member city joined this phase.", FieldReason.AtMost(first));
            }

            if (phase.EndDate is { } lastDay && last > lastDay && !violations.HasViolationFor(End))
            {
                violations.Add(End, $"must be on or after {last:yyyy-MM-dd}, the day a member city joined this phase.", FieldReason.AtLeast(last));
            }
        }

        violations.ThrowIfAny();
    }
}
