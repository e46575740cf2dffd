using Grpc.Core;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// How a page that failed on a gateway call answers: an unknown city, meeting or action is a real
/// 404; an address with a filter the services refuse is a 400; a gateway that is down, too slow or refusing for load is a 503 (the portal itself is up
/// and the next page tries again); anything else is a 500.
/// </summary>
public static class GatewayFailures
{
    public static int StatusFor(Exception exception) => Find(exception) switch
    {
        RpcException { StatusCode: StatusCode.NotFound } or PageNotFoundException => StatusCodes.Status404NotFound,
        RpcException { StatusCode: StatusCode.InvalidArgument } => StatusCodes.Status400BadRequest,
        RpcException { StatusCode: StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.ResourceExhausted } => StatusCodes.Status503ServiceUnavailable,
        HttpRequestException => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>A 404 or a 400 is an answer, not a fault: nothing to log at error level.</summary>
    public static bool IsExpected(Exception exception) => StatusFor(exception) is StatusCodes.Status404NotFound or StatusCodes.Status400BadRequest;

    private static Exception Find(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is RpcException or HttpRequestException or PageNotFoundException)
            {
                return e;
            }
        }

        return exception;
    }
}
