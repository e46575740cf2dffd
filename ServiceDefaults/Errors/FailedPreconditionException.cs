using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// The request is well formed but the system is not in a state that allows it (e.g. leaving
/// the network without a membership): FailedPrecondition (HTTP 400).
/// </summary>
/// <param name="type">A short upper-case kind, e.g. "MEMBERSHIP".</param>
/// <param name="subject">What the rule is about, e.g. "cities/lisbon".</param>
public sealed class FailedPreconditionException(string type, string subject, string description)
    : ApiException(description)
{
    public override StatusCode Code => StatusCode.FailedPrecondition;

    protected override IEnumerable<IMessage> Details =>
    [
        new PreconditionFailure
        {
            Violations = { new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = Message } },
        },
    ];
}
