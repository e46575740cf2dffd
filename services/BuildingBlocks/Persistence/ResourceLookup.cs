using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.BuildingBlocks.Persistence;

/// <summary>
/// The one way a service loads a resource by id: for reading (not tracked), or for a write
/// (tracked, its etag checked before any change is made). A missing one is NotFound.
/// </summary>
public static class ResourceLookup
{
    public static async Task<T> GetAsync<T>(this IQueryable<T> source, ResourceKind<T> kind, string id, CancellationToken cancellationToken)
        where T : Aggregate =>
        await source.AsNoTracking().FirstOrDefaultAsync(kind.ById(id), cancellationToken) ?? throw kind.NotFound(id);

    /// <param name="etag">The etag the caller read; empty skips the check (a write that does not require one).</param>
    /// <param name="check">What must hold before the etag is compared (the caller's access), so it refuses first.</param>
    public static async Task<T> LoadForWriteAsync<T>(
        this IQueryable<T> source, ResourceKind<T> kind, string id, string? etag, CancellationToken cancellationToken, Action<T>? check = null)
        where T : Aggregate
    {
        var found = await source.FirstOrDefaultAsync(kind.ById(id), cancellationToken) ?? throw kind.NotFound(id);
        check?.Invoke(found);
        ETag.EnsureCurrent(etag, found.Version, found.ResourceName);
        return found;
    }
}
