using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// The write was based on an old version of the resource (a stale etag, or a concurrent write
/// that committed first): Aborted (HTTP 409), as AIP-154 asks. The caller reads the resource
/// again and retries; nothing was stored.
/// </summary>
public sealed class StaleWriteException(string resourceName)
    : ApiException($"'{resourceName}' has changed since it was read; read it again and retry with its new etag.")
{
    public const string Reason = "STALE_ETAG";

    public override StatusCode Code => StatusCode.Aborted;

    protected override IEnumerable<IMessage> Details =>
        [new ErrorInfo { Reason = Reason, Domain = ErrorDomain.Name, Metadata = { ["resource"] = resourceName } }];
}
