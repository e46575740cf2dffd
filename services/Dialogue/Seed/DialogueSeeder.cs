using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Dialogue.Themes;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Seed;

/// <summary>
/// Loads the themes and the calendar's meetings that are missing. Seeded meetings go
/// through the same lifecycle as any other (scheduled, confirmed, held) and raise the same
/// events through the outbox. The seed trusts its data: no membership check over gRPC. Two held
/// meetings adopt the recommendations of the seed (and are reported), and one meeting is still to
/// come, confirmed.
/// </summary>
internal sealed class DialogueSeeder(TimeProvider clock) : IDataSeeder<DialogueDbContext>
{
    public async Task SeedAsync(DialogueDbContext db, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.ToDictionaryAsync(t => t.Id, t => t.Names, cancellationToken);
        foreach (var (id, names) in ThemeSeedData.Themes.Where(t => !themes.ContainsKey(t.Id)))
        {
            db.Themes.Add(new Theme(id, names));
            themes[id] = names;
        }

        var meetings = await db.Meetings.Select(m => m.Id).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var seed in MeetingSeedData.Meetings.Where(m => !meetings.Contains(m.Id)))
        {
            var meeting = Meeting.Schedule(ToNewMeeting(seed, themes), now);
            meeting.Confirm(now);
            meeting.MarkHeld(now);
            if (MeetingSeedData.Recommendations.TryGetValue(seed.Id, out var recommendations))
            {
                db.Recommendations.AddRange(meeting.AdoptOutcomes(recommendations, [], now));
            }

            db.Meetings.Add(meeting);
        }

        var upcoming = MeetingSeedData.Upcoming(DateOnly.FromDateTime(now.UtcDateTime));
        if (!meetings.Contains(upcoming.Id))
        {
            var meeting = Meeting.Schedule(ToNewMeeting(upcoming, themes), now);
            meeting.Confirm(now);
            db.Meetings.Add(meeting);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static NewMeeting ToNewMeeting(MeetingSeedData.SeedMeeting seed, Dictionary<string, LocalizedText> themes) => new(
        seed.Id, seed.Kind, seed.Names ?? Title(seed.Kind, themes[seed.ThemeId!]), seed.ThemeId is { } theme ? [theme] : [],
        seed.HostCityId, seed.Location, seed.CoOrganiser, new MeetingDates(seed.Start, seed.End, seed.TimeZone), seed.Format,
        [], 0, [], []);

    /// <summary>"Peer-learning meeting: reception of refugees", in the three languages.</summary>
    private static LocalizedText Title(MeetingKind kind, LocalizedText theme) => kind == MeetingKind.PeerLearning
        ? new($"Peer-learning meeting: {theme.En}", $"Réunion d'apprentissage entre pairs : {theme.Fr}", $"اجتماع التعلم بين الأقران: {theme.Ar}")
        : new($"Thematic learning event: {theme.En}", $"Événement d'apprentissage thématique : {theme.Fr}", $"فعالية تعلم موضوعية: {theme.Ar}");
}
