using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.Testing;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>The two faces of the gateway a case is sent through.</summary>
public enum Face
{
    /// <summary>Native gRPC on the gateway's HTTP/2 port.</summary>
    Grpc,

    /// <summary>REST/JSON (JSON transcoding) on the gateway's HTTP/1.1 port.</summary>
    Rest,
}

/// <summary>What is wrong with a case's input; the report counts cases by kind.</summary>
public enum BadKind
{
    Missing,
    Empty,
    TooLong,
    ControlCharacters,
    WrongIsoCode,
    BadDate,
    BadNumber,
    BadFormat,
    UnknownId,
    DuplicateId,
    StaleEtag,
    InvalidTransition,
    MalformedJson,
    UnknownEnum,
    Oversized,
}

/// <summary>
/// The answer a case must get: a status code and what its details name — the field paths of
/// google.rpc.BadRequest for InvalidArgument, the violation types of PreconditionFailure, the
/// resource of ResourceInfo, the reason of ErrorInfo. On REST, the HTTP status is the one the
/// code maps to unless <paramref name="HttpStatus"/> says otherwise.
/// </summary>
public sealed record Expected(StatusCode Code, IReadOnlyList<string> Named, int? HttpStatus = null)
{
    public int RestStatus => HttpStatus ?? ApiErrorResponses.HttpStatusFor(Code);

    public override string ToString() => $"{Code} ({RestStatus}) naming [{string.Join(", ", Named)}]";
}

/// <summary>
/// One bad request for one write RPC, sent on both faces unless <see cref="Faces"/> says otherwise:
/// the gRPC message as it is, and on REST the request its http rule makes of it (or, with
/// <see cref="RestBody"/>, a body no message can express).
/// </summary>
/// <param name="What">What is wrong, in a few words; with the RPC it names the case.</param>
/// <param name="Request">The request, from the ids and etags the fixture set up.</param>
public sealed record BadCase(BadKind Kind, string What, MethodDescriptor Method, Func<Known, IMessage> Request, Expected Expect)
{
    public static readonly IReadOnlyList<Face> BothFaces = [Face.Grpc, Face.Rest];

    public IReadOnlyList<Face> Faces { get; init; } = BothFaces;

    /// <summary>The REST face's answer when it differs (e.g. a path without its resource has no route).</summary>
    public Expected? RestExpect { get; init; }

    /// <summary>A raw REST body in place of the message's JSON.</summary>
    public Func<Known, HttpContent>? RestBody { get; init; }

    /// <summary>A raw query parameter added to the REST request ("year=twenty"): a value no message can hold.</summary>
    public string? RestQuery { get; init; }

    /// <summary>The dev user whose token the call carries.</summary>
    public string User { get; init; } = SharedIssuer.Coordinator;

    /// <summary>"cities", "knowledge"…: the area of the RPC's proto package.</summary>
    public string Service => Method.File.Package.Split('.')[1];

    public string Name => $"{Method.Name}: {What}";

    public Expected ExpectOn(Face face) => face == Face.Rest ? RestExpect ?? Expect : Expect;
}
