using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;

namespace Mc2cm.Web.Gateway;

/// <summary>Gives every gateway call without a deadline the portal's one (Portal:GatewayDeadline), so a page never waits forever.</summary>
public sealed class GatewayDeadline(IOptions<PortalOptions> options, TimeProvider time) : Interceptor
{
    public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(
        TRequest request, ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
    {
        if (context.Options.Deadline is null)
        {
            var withDeadline = context.Options.WithDeadline(time.GetUtcNow().UtcDateTime + options.Value.GatewayDeadline);
            context = new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, withDeadline);
        }

        return continuation(request, context);
    }
}
