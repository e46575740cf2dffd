namespace Mc2cm.Domain.Errors;

/// <summary>
/// The write was based on an old version of the resource (a stale etag, or a concurrent write
/// that committed first). The caller reads the resource again and retries; nothing was stored.
/// </summary>
public sealed class StaleWriteException(string resourceName)
    : DomainException($"'{resourceName}' has changed since it was read; read it again and retry with its new etag.")
{
    public const string Reason = "STALE_ETAG";

    public string ResourceName { get; } = resourceName;
}
