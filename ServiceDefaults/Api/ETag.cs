using Mc2cm.Domain.Errors;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>
/// Etags (AIP-154) made from a resource's version number. A write that carries an etag is
/// refused with <see cref="StaleWriteException"/> unless the etag is the resource's current one.
/// </summary>
public static class ETag
{
    public static string From(long version) => $"W/\"{version}\"";

    /// <summary>Refuses the write when <paramref name="etag"/> is set and is not the current one.</summary>
    public static void EnsureCurrent(string? etag, long currentVersion, string resourceName)
    {
        if (!string.IsNullOrEmpty(etag) && etag != From(currentVersion))
        {
            throw new StaleWriteException(resourceName);
        }
    }
}
