namespace Mc2cm.BuildingBlocks.Reads;

/// <summary>
/// Marks a read (a gRPC method with a REST GET) whose answer to an anonymous caller depends on the
/// request and the service's database alone — not on the clock, nor on another service answering
/// now: its REST GET gets an ETag from the <see cref="DataVersion"/> and a current If-None-Match gets
/// 304 without the read running (<see cref="PublicReadCaching"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PublicReadAttribute : Attribute
{
    /// <summary>The answer depends on the reader's language (Accept-Language): so do its ETag and its Vary.</summary>
    public bool VariesByLanguage { get; init; }
}
