using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Data;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>How the service's handlers write meetings out with their host's name.</summary>
internal static class MeetingStore
{
    /// <summary>The names of the given cities from the known_cities copy; a city not heard of yet is left out.</summary>
    public static async Task<Dictionary<string, LocalizedText>> CityNamesAsync(
        this DialogueDbContext db, IEnumerable<string?> cityIds, CancellationToken cancellationToken)
    {
        var ids = cityIds.OfType<string>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.KnownCities.AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Names, cancellationToken);
    }

    public static async Task<List<Proto.Meeting>> ToProtoAsync(
        this DialogueDbContext db, IReadOnlyList<Meeting> meetings, string? language, CancellationToken cancellationToken)
    {
        var names = await db.CityNamesAsync(meetings.Select(m => m.HostCityId), cancellationToken);
        return meetings.Select(m => m.ToProto(m.HostCityId is { } host ? names.GetValueOrDefault(host) : null, language)).ToList();
    }

    public static async Task<Proto.Meeting> ToProtoAsync(this DialogueDbContext db, Meeting meeting, string? language, CancellationToken cancellationToken) =>
        (await db.ToProtoAsync([meeting], language, cancellationToken))[0];
}
