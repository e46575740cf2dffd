using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Registrations;

/// <summary>A meeting's waiting list: its waitlisted registrations in registration order.</summary>
internal static class WaitingList
{
    public static Task<List<Registration>> WaitingListAsync(this DbSet<Registration> registrations, string meetingId, CancellationToken cancellationToken) =>
        Waiting(registrations, meetingId).ToListAsync(cancellationToken);

    /// <summary>The first in line, who gets the next seat that frees.</summary>
    public static Task<Registration?> FirstWaitingAsync(this DbSet<Registration> registrations, string meetingId, CancellationToken cancellationToken) =>
        Waiting(registrations, meetingId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Each waiting registration's place in line, 1 first.</summary>
    public static async Task<Dictionary<string, int>> PositionsAsync(this DbSet<Registration> registrations, string meetingId, CancellationToken cancellationToken)
    {
        var ids = await Waiting(registrations.AsNoTracking(), meetingId).Select(r => r.Id).ToListAsync(cancellationToken);
        return ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i + 1);
    }

    private static IQueryable<Registration> Waiting(IQueryable<Registration> registrations, string meetingId) =>
        registrations.Where(r => r.MeetingId == meetingId && r.State == RegistrationState.Waitlisted).OrderBy(r => r.Number);
}
