using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>One page of a list, with the size of the whole list and the token of the next page ("" on the last).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int TotalSize, string NextPageToken);

/// <summary>Reads one page of an ordered query: the page's rows and the count of all rows, in two queries.</summary>
public static class PagedQuery
{
    /// <param name="ordered">The filtered query in its full, stable order (ties broken by id), so pages neither skip nor repeat rows.</param>
    public static async Task<Page<T>> ReadPageAsync<T>(this IQueryable<T> ordered, PageRequest page, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip(page.Offset).Take(page.Size).ToListAsync(cancellationToken);
        return new Page<T>(items, total, page.NextToken(total));
    }
}
