using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// A request whose protobuf cannot be parsed (cut short, a string that is not UTF-8, a wire type
/// that does not exist) is the caller's fault: it gets InvalidArgument, as an unreadable JSON body
/// does on the REST face. Grpc.AspNetCore reads the request before any interceptor runs and
/// answers Unknown ("Exception was thrown by handler", logged as a server error) for any exception
/// but an <see cref="RpcException"/>; so the request marshaller itself throws one.
/// </summary>
public static class RequestParsing
{
    public const string Refusal = "The request could not be parsed";

    /// <summary><paramref name="method"/> with a request marshaller that refuses what it cannot parse.</summary>
    public static Method<TRequest, TResponse> Refusing<TRequest, TResponse>(Method<TRequest, TResponse> method, ILogger logger)
    {
        var parse = method.RequestMarshaller.ContextualDeserializer;
        var marshaller = new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
        {
            try
            {
                return parse(context);
            }
            catch (InvalidProtocolBufferException ex)
            {
                logger.LogInformation("{Method} refused: {Refusal} ({Reason})", method.FullName, Refusal, ex.Message);
                throw new RpcException(new Status(StatusCode.InvalidArgument, $"{Refusal}: {ex.Message}"));
            }
        });
        return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, marshaller, method.ResponseMarshaller);
    }
}
