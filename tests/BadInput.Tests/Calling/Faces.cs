using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;

namespace Mc2cm.BadInput.Tests.Calling;

/// <summary>Sends one request through a face of the gateway and reads the answer, whatever the RPC.</summary>
public static class Faces
{
    /// <summary>Long enough for a 4 MB upload on a busy machine; a call that hangs still ends the run.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly JsonParser ErrorParser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(true).WithTypeRegistry(TypeRegistry.FromMessages(
        BadRequest.Descriptor, PreconditionFailure.Descriptor, ResourceInfo.Descriptor, ErrorInfo.Descriptor, QuotaFailure.Descriptor, RetryInfo.Descriptor)));

    /// <summary>
    /// A unary call of <paramref name="method"/>, marshalled from its descriptors (no generated
    /// client needed); with <paramref name="rawMessage"/>, those bytes are the message sent.
    /// </summary>
    public static async Task<Outcome> CallGrpcAsync(CallInvoker invoker, MethodDescriptor method, IMessage request, CancellationToken cancellationToken, byte[]? rawMessage = null)
    {
        var rpc = new Method<IMessage, IMessage>(MethodType.Unary, method.Service.FullName, method.Name,
            Marshallers.Create<IMessage>(m => rawMessage ?? m.ToByteArray(), method.InputType.Parser.ParseFrom),
            Marshallers.Create<IMessage>(m => m.ToByteArray(), method.OutputType.Parser.ParseFrom));
        try
        {
            await invoker.AsyncUnaryCall(rpc, null, new CallOptions(deadline: DateTime.UtcNow + Deadline, cancellationToken: cancellationToken), request);
            return Outcome.Ok;
        }
        catch (RpcException ex)
        {
            return new Outcome(ex.StatusCode, null, Outcome.NamedBy(ex.GetRpcStatus()), ex.Status.Detail);
        }
    }

    public static async Task<Outcome> SendRestAsync(HttpClient client, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Deadline);
        using var response = await client.SendAsync(request, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var http = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new Outcome(StatusCode.OK, http, [], "accepted");
        }

        try
        {
            var status = ErrorParser.Parse<Google.Rpc.Status>(body);
            return new Outcome((StatusCode)status.Code, http, Outcome.NamedBy(status), status.Message);
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
        {
            return new Outcome(null, http, [], $"not a JSON error: \"{body[..Math.Min(body.Length, 200)]}\"");
        }
    }
}
