using System.Globalization;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Grpc;

namespace Mc2cm.Gateway.Door;

/// <summary>
/// The door refuses a REST body over the 4 MB every process accepts with ResourceExhausted (413),
/// before anything reads it: so the caller gets the same answer whether the size is declared up
/// front or only found while the body streams in (<see cref="Errors.ProxyErrorResponses"/>). gRPC
/// calls are left to the services, which refuse an oversized message with ResourceExhausted.
/// </summary>
public static class BodySizeLimit
{
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > GrpcServerExtensions.MaxMessageBytes && !StatusResponse.IsGrpc(context.Request))
            {
                await RefuseAsync(context);
                return;
            }

            await next();
        });

    public static Task RefuseAsync(HttpContext context) =>
        StatusResponse.WriteAsync(context, StatusCode.ResourceExhausted,
            string.Create(CultureInfo.InvariantCulture, $"The request body is larger than the {GrpcServerExtensions.MaxMessageBytes:N0} bytes a call may carry."),
            httpStatus: StatusCodes.Status413PayloadTooLarge);
}
