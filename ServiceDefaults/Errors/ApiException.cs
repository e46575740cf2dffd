using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// An error of the transport edge itself, not of a domain (a call without a signed-in caller):
/// a gRPC status code, a message a person can act on, and google.rpc details a program can read.
/// The domain's refusals are <see cref="Domain.Errors.DomainException"/>s (<see cref="DomainErrorStatus"/>).
/// </summary>
public abstract class ApiException(string message) : Exception(message)
{
    public abstract StatusCode Code { get; }

    protected abstract IEnumerable<IMessage> Details { get; }

    public Google.Rpc.Status ToStatus()
    {
        var status = new Google.Rpc.Status { Code = (int)Code, Message = Message };
        status.Details.AddRange(Details.Select(Any.Pack));
        return status;
    }
}
