using Google.Protobuf;
using Google.Protobuf.Reflection;
using Mc2cm.Testing;

namespace Mc2cm.BadInput.Tests.Cases;

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

    /// <summary>Every face that carries gRPC's binary messages: the gateway's gRPC and gRPC-Web, and the service's own port.</summary>
    public static readonly IReadOnlyList<Face> GrpcFaces = [Face.Grpc, Face.GrpcWeb, Face.Service];

    public IReadOnlyList<Face> Faces { get; init; } = BothFaces;

    /// <summary>The REST face's answer when it differs (e.g. a path without its resource has no route).</summary>
    public Expected? RestExpect { get; init; }

    /// <summary>A raw REST body in place of the message's JSON.</summary>
    public Func<Known, HttpContent>? RestBody { get; init; }

    /// <summary>Bytes sent as the gRPC message in place of the request's (in a well-formed frame): a message no parser reads.</summary>
    public byte[]? GrpcMessage { get; init; }

    /// <summary>A raw query parameter added to the REST request ("year=twenty"): a value no message can hold.</summary>
    public string? RestQuery { get; init; }

    /// <summary>The dev user whose token the call carries.</summary>
    public string User { get; init; } = SharedIssuer.Coordinator;

    /// <summary>"cities", "knowledge"…: the area of the RPC's proto package.</summary>
    public string Service => Method.File.Package.Split('.')[1];

    public string Name => $"{Method.Name}: {What}";

    public Expected ExpectOn(Face face) => face == Face.Rest ? RestExpect ?? Expect : Expect;

    /// <summary>The REST request for <paramref name="request"/> by the RPC's http rule, with this case's raw body or query when it has one.</summary>
    public HttpRequestMessage RestRequestFor(IMessage request, Known known)
    {
        var message = Calling.RestRequest.From(Method, request);
        if (RestBody is { } body)
        {
            message.Content = body(known);
        }

        if (RestQuery is { } query)
        {
            var uri = message.RequestUri!.OriginalString;
            message.RequestUri = new Uri($"{uri}{(uri.Contains('?', StringComparison.Ordinal) ? '&' : '?')}{query}", UriKind.Relative);
        }

        return Calling.RestRequest.ExpectingContinueWhenLarge(message);
    }
}
