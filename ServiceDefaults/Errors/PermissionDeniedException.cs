using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// The caller is known but may not do this (e.g. write another city's data): PermissionDenied
/// (HTTP 403). Without a token the same refusal is <see cref="UnauthenticatedException"/>.
/// </summary>
public sealed class PermissionDeniedException(string reason, string resource, string message) : ApiException(message)
{
    public override StatusCode Code => StatusCode.PermissionDenied;

    protected override IEnumerable<IMessage> Details =>
        [new ErrorInfo { Reason = reason, Domain = ErrorDomain.Name, Metadata = { ["resource"] = resource } }];
}

/// <summary>The call needs a signed-in caller and has none (or an invalid token): Unauthenticated (HTTP 401).</summary>
public sealed class UnauthenticatedException(string message) : ApiException(message)
{
    public override StatusCode Code => StatusCode.Unauthenticated;

    protected override IEnumerable<IMessage> Details => [];
}
