using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace Mc2cm.Gateway.Errors;

/// <summary>
/// When a service cannot be reached, the gateway answers at once in the caller's protocol:
/// a gRPC status (Unavailable, or DeadlineExceeded on a timeout) for gRPC and gRPC-Web callers,
/// and the same status as JSON with 503/504 for REST callers, as the services themselves do.
/// </summary>
public static class ProxyErrorResponses
{
    public static IApplicationBuilder UseProxyErrorResponses(this IApplicationBuilder proxy) =>
        proxy.Use(async (context, next) =>
        {
            await next();
            var error = context.Features.Get<IForwarderErrorFeature>();
            if (error is null || context.Response.HasStarted)
            {
                return;
            }

            var timedOut = error.Error is ForwarderError.RequestTimedOut;
            var code = timedOut ? StatusCode.DeadlineExceeded : StatusCode.Unavailable;
            var message = timedOut
                ? "The service did not answer in time."
                : "The service is unavailable; try again shortly.";
            await StatusResponse.WriteAsync(context, code, message);
        });
}
