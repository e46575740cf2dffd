using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Errors;

namespace Mc2cm.BadInput.Tests.Calling;

/// <summary>
/// What a face answered: the gRPC status code (on REST, the "code" of the JSON error, when the
/// body is one), the HTTP status (REST only) and what the google.rpc details name.
/// </summary>
public sealed record Outcome(StatusCode? Code, int? HttpStatus, IReadOnlyList<string> Named, string Message)
{
    public static readonly Outcome Ok = new(StatusCode.OK, null, [], "accepted");

    /// <summary>Accepted: the request was not refused at all.</summary>
    public bool Accepted => HttpStatus is >= 200 and < 300 || (HttpStatus is null && Code == StatusCode.OK);

    /// <summary>A server error: HTTP 5xx, or a gRPC code that maps to one (Internal, Unknown, Unavailable…).</summary>
    public bool IsServerError => HttpStatus >= 500 || (Code is { } code && ApiErrorResponses.HttpStatusFor(code) >= 500);

    public override string ToString() =>
        $"{Code?.ToString() ?? "no status"}{(HttpStatus is { } http ? $" ({http})" : string.Empty)} naming [{string.Join(", ", Named)}]: {Message}";

    /// <summary>
    /// What a google.rpc.Status's details name: bad fields, failed preconditions, the resource, the
    /// reason. The ErrorInfo beside bad fields only carries their messages' values, so it names nothing.
    /// </summary>
    public static IReadOnlyList<string> NamedBy(Google.Rpc.Status? status) =>
        status is null ? [] : [.. status.Details.Where(d => !IsFieldValues(d)).SelectMany(NamedBy).Distinct()];

    private static bool IsFieldValues(Any detail) =>
        detail.TryUnpack<ErrorInfo>(out var info) && info.Reason == InvalidArgumentException.Reason;

    private static IEnumerable<string> NamedBy(Any detail) =>
        detail.TryUnpack<BadRequest>(out var bad) ? bad.FieldViolations.Select(v => v.Field)
        : detail.TryUnpack<PreconditionFailure>(out var precondition) ? precondition.Violations.Select(v => v.Type)
        : detail.TryUnpack<ResourceInfo>(out var resource) ? [resource.ResourceName]
        : detail.TryUnpack<ErrorInfo>(out var info) ? [info.Reason]
        : [];
}
