using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.CityDirectory;

/// <summary>City names from a service's known_cities copy.</summary>
public static class KnownCityNames
{
    /// <summary>The names of the cities known among <paramref name="cityIds"/>; unknown ones are left out.</summary>
    public static async Task<Dictionary<string, LocalizedText>> CityNamesAsync(this ServiceDbContext db, IEnumerable<string> cityIds, CancellationToken cancellationToken)
    {
        var ids = cityIds.Distinct().ToList();
        return await db.Set<KnownCity>().AsNoTracking().Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Names, cancellationToken);
    }

    /// <summary>The city's name, or its id when it is not known (yet).</summary>
    public static LocalizedText NameOrId(this IReadOnlyDictionary<string, LocalizedText> names, string cityId) =>
        names.TryGetValue(cityId, out var name) ? name : new LocalizedText(cityId, string.Empty, string.Empty);
}
