using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Mc2cm.Domain.Errors;
using Mc2cm.ServiceDefaults.Errors;
using Microsoft.Extensions.Logging;

namespace Mc2cm.ServiceDefaults.Grpc;

/// <summary>
/// The one error mapping of every service: a <see cref="DomainException"/> (or the edge's own
/// <see cref="ApiException"/>) becomes its status with google.rpc details (which JSON transcoding also writes on the REST face); a cancelled call
/// becomes Cancelled; anything else becomes Internal with a trace id and no internals.
/// </summary>
public sealed class ErrorMappingInterceptor(ILogger<ErrorMappingInterceptor> logger) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Map(ex, context);
        }
    }

    private RpcException Map(Exception exception, ServerCallContext context)
    {
        switch (exception)
        {
            case DomainException refusal:
                logger.LogInformation("{Method} refused: {Code} {Message}", context.Method, DomainErrorStatus.CodeOf(refusal), refusal.Message);
                return refusal.ToStatus().ToRpcException();
            case ApiException api:
                logger.LogInformation("{Method} refused: {Code} {Message}", context.Method, api.Code, api.Message);
                return api.ToStatus().ToRpcException();
            case OperationCanceledException when context.CancellationToken.IsCancellationRequested:
                return new RpcException(new Status(StatusCode.Cancelled, "The call was cancelled or its deadline passed."));
            default:
                var traceId = Activity.Current?.TraceId.ToString() ?? "none";
                logger.LogError(exception, "{Method} failed unexpectedly (trace {TraceId})", context.Method, traceId);
                return new Google.Rpc.Status
                {
                    Code = (int)StatusCode.Internal,
                    Message = $"An internal error occurred. Trace id: {traceId}.",
                }.ToRpcException();
        }
    }
}
