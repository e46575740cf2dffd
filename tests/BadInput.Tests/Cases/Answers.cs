using Grpc.Core;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>The expected answers of the case tables, by the error model of docs/api.md.</summary>
public static class Answers
{
    public static readonly Expected Stale = new(StatusCode.Aborted, ["STALE_ETAG"]);

    /// <summary>REST: a path the gateway has no route for (its resource name is missing or malformed).</summary>
    public static readonly Expected NoRoute = new(StatusCode.NotFound, []);

    /// <summary>REST: a body the JSON transcoder cannot read (not JSON, or an enum name the proto lacks).</summary>
    public static readonly Expected UnreadableJson = new(StatusCode.InvalidArgument, []);

    /// <summary>gRPC: a message that cannot be parsed is the caller's fault, as unreadable JSON is on REST.</summary>
    public static readonly Expected Unparsable = new(StatusCode.InvalidArgument, []);

    /// <summary>A request over the 4 MB every process accepts: on REST, 413 with the JSON error of RESOURCE_EXHAUSTED.</summary>
    public static readonly Expected TooLarge = new(StatusCode.ResourceExhausted, [], HttpStatus: 413);

    public static Expected Invalid(params string[] fields) => new(StatusCode.InvalidArgument, fields);

    public static Expected NotFound(string resource) => new(StatusCode.NotFound, [resource]);

    public static Expected Exists(string resource) => new(StatusCode.AlreadyExists, [resource]);

    /// <summary>FailedPrecondition with a PreconditionFailure of this type, e.g. "MEMBERSHIP".</summary>
    public static Expected Precondition(string type) => new(StatusCode.FailedPrecondition, [type]);

    public static Expected Denied(string reason) => new(StatusCode.PermissionDenied, [reason]);
}
