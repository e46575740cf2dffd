using Grpc.Core;
using Mc2cm.Gateway.Door;
using Mc2cm.ServiceDefaults.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace Mc2cm.Gateway.Errors;

/// <summary>
/// When a service cannot be reached, the gateway answers at once in the caller's protocol:
/// a gRPC status (Unavailable, or DeadlineExceeded on a timeout) for gRPC and gRPC-Web callers,
/// and the same status as JSON with 503/504 for REST callers, as the services themselves do.
/// A request body the gateway could not read from the caller is the caller's error, not the
/// service's: over the 4 MB limit it is ResourceExhausted (413 on REST), else InvalidArgument.
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

            if (error.Error is ForwarderError.RequestBodyClient)
            {
                await (IsTooLarge(error.Exception)
                    ? BodySizeLimit.RefuseAsync(context)
                    : StatusResponse.WriteAsync(context, StatusCode.InvalidArgument, "The request body could not be read."));
                return;
            }

            var timedOut = error.Error is ForwarderError.RequestTimedOut;
            var code = timedOut ? StatusCode.DeadlineExceeded : StatusCode.Unavailable;
            var message = timedOut
                ? "The service did not answer in time."
                : "The service is unavailable; try again shortly.";
            await StatusResponse.WriteAsync(context, code, message);
        });

    /// <summary>Whether Kestrel refused the caller's body for its size (it may come wrapped in the copy's errors).</summary>
    private static bool IsTooLarge(Exception? exception) => exception switch
    {
        null => false,
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTooLarge),
        _ => IsTooLarge(exception.InnerException),
    };
}
