using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// Writes an error the way the REST face does everywhere: the google.rpc.Status as JSON, with
/// the HTTP status that goes with its code (the mapping JSON transcoding uses). For endpoints
/// that are not transcoded gRPC (CSV, iCalendar), so their errors look the same.
/// </summary>
public static class ApiErrorResponses
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(TypeRegistry.FromMessages(
        BadRequest.Descriptor, ResourceInfo.Descriptor, ErrorInfo.Descriptor, PreconditionFailure.Descriptor)));

    public static int HttpStatusFor(StatusCode code) => code switch
    {
        StatusCode.OK => StatusCodes.Status200OK,
        StatusCode.Cancelled => StatusCodes.Status408RequestTimeout,
        StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.OutOfRange => StatusCodes.Status400BadRequest,
        StatusCode.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        StatusCode.NotFound => StatusCodes.Status404NotFound,
        StatusCode.AlreadyExists or StatusCode.Aborted => StatusCodes.Status409Conflict,
        StatusCode.PermissionDenied => StatusCodes.Status403Forbidden,
        StatusCode.Unauthenticated => StatusCodes.Status401Unauthorized,
        StatusCode.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        StatusCode.Unimplemented => StatusCodes.Status501NotImplemented,
        StatusCode.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult Result(Google.Rpc.Status status) =>
        Results.Content(Formatter.Format(status), "application/json; charset=utf-8", statusCode: HttpStatusFor((StatusCode)status.Code));

    /// <summary>Turns the suite's errors (and a downstream service's RpcException) into that JSON answer.</summary>
    public sealed class Filter : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            try
            {
                return await next(context);
            }
            catch (DomainException ex)
            {
                return Result(ex.ToStatus());
            }
            catch (ApiException ex)
            {
                return Result(ex.ToStatus());
            }
            catch (RpcException ex)
            {
                return Result(new Google.Rpc.Status { Code = (int)ex.StatusCode, Message = ex.Status.Detail });
            }
        }
    }
}
