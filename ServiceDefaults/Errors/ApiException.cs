using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// An error the API reports to its caller (AIP-193): a gRPC status code, a message a person can
/// act on, and google.rpc details a program can read. The REST face returns the same status as
/// JSON with the matching HTTP status.
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
