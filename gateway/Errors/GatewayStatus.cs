using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;

namespace Mc2cm.Gateway.Errors;

/// <summary>Writes a status the way the caller's protocol expects it.</summary>
public static class GatewayStatus
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public static async Task WriteAsync(HttpContext context, StatusCode code, string message)
    {
        var response = context.Response;
        response.Headers.Clear();
        if (IsGrpc(context.Request))
        {
            // A "trailers-only" gRPC response: HTTP 200 with the status in the headers.
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = context.Request.ContentType!.StartsWith("application/grpc-web", StringComparison.OrdinalIgnoreCase)
                ? "application/grpc-web" : "application/grpc";
            response.Headers["grpc-status"] = ((int)code).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return;
        }

        response.StatusCode = ApiErrorResponses.HttpStatusFor(code);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new { code = (int)code, message, details = Array.Empty<object>() }, cancellationToken: context.RequestAborted);
    }
}
