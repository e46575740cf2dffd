using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>
/// A part's status from its service's answer. A refusal or an absence keeps the service's own
/// message, written for the caller; a failure to reach the service gets the gateway's words
/// instead of the client's technical ones (addresses, socket errors).
/// </summary>
public static class PartStatuses
{
    public static PartStatus Ok => new() { Code = Code.Ok };

    /// <summary>The caller gave up (or the city was not found) before the part came.</summary>
    public static PartStatus Cancelled => new() { Code = Code.Cancelled, Message = "The overview was cancelled." };

    /// <param name="service">The service's name for people, e.g. "Dialogue".</param>
    public static PartStatus From(RpcException error, string service) => error.StatusCode == StatusCode.Cancelled ? Cancelled : new()
    {
        Code = (Code)(int)error.StatusCode,
        Message = error.StatusCode switch
        {
            StatusCode.Unavailable => $"The {service} service is unavailable; try again shortly.",
            StatusCode.DeadlineExceeded => $"The {service} service did not answer within the overview's deadline.",
            StatusCode.Internal or StatusCode.Unknown => $"The {service} service failed to answer.",
            _ => error.Status.Detail,
        },
    };

    /// <summary>Anything else that went wrong reading the part: the gateway's own fault.</summary>
    public static PartStatus Internal(string service) => new() { Code = Code.Internal, Message = $"The gateway failed to read the {service} part." };
}
