using Grpc.Core;
using Mc2cm.BadInput.Tests.Calling;
using Mc2cm.ServiceDefaults.Errors;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>
/// The answer a case must get: a status code and what its details name — the field paths of
/// google.rpc.BadRequest for InvalidArgument, the violation types of PreconditionFailure, the
/// resource of ResourceInfo, the reason of ErrorInfo. On REST, the HTTP status is the one the
/// code maps to unless <paramref name="HttpStatus"/> says otherwise.
/// </summary>
public sealed record Expected(StatusCode Code, IReadOnlyList<string> Named, int? HttpStatus = null)
{
    public int RestStatus => HttpStatus ?? ApiErrorResponses.HttpStatusFor(Code);

    /// <summary>The same code, on REST the same HTTP status, and exactly the same things named.</summary>
    public bool IsMetBy(Outcome outcome, Face face) =>
        outcome.Code == Code
        && (face != Face.Rest || outcome.HttpStatus == RestStatus)
        && outcome.Named.ToHashSet().SetEquals(Named);

    public override string ToString() => $"{Code} ({RestStatus}) naming [{string.Join(", ", Named)}]";
}
