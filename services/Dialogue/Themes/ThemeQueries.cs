using Mc2cm.Dialogue.Data;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Dialogue.Themes;

internal static class ThemeQueries
{
    /// <summary>The ids of the theme catalogue (a short list), to check the themes a request names.</summary>
    public static async Task<IReadOnlySet<string>> ThemeIdsAsync(this DialogueDbContext db, CancellationToken cancellationToken) =>
        (await db.Themes.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
}
