using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>Bad input: InvalidArgument (HTTP 400) with one field violation per bad field.</summary>
public sealed class InvalidArgumentException(IReadOnlyList<BadRequest.Types.FieldViolation> violations)
    : ApiException(Describe(violations))
{
    public InvalidArgumentException(string field, string description)
        : this([new BadRequest.Types.FieldViolation { Field = field, Description = description }])
    {
    }

    public IReadOnlyList<BadRequest.Types.FieldViolation> Violations { get; } = violations;

    public override StatusCode Code => StatusCode.InvalidArgument;

    protected override IEnumerable<IMessage> Details =>
        [new BadRequest { FieldViolations = { Violations } }];

    private static string Describe(IReadOnlyList<BadRequest.Types.FieldViolation> violations) =>
        "Invalid request. " + string.Join(" ", violations.Select(v => $"{v.Field}: {v.Description}"));
}
