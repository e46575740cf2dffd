using Google.Protobuf;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// The call needs a signed-in caller and has none (or an invalid token): Unauthenticated (HTTP 401).
/// A signed-in caller who may not do it gets <see cref="Domain.Errors.PermissionDeniedException"/>.
/// </summary>
public sealed class UnauthenticatedException(string message) : ApiException(message)
{
    public override StatusCode Code => StatusCode.Unauthenticated;

    protected override IEnumerable<IMessage> Details => [];
}
