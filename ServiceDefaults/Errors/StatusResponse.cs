using System.Globalization;
using System.Text.Json;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.ServiceDefaults.Errors;

/// <summary>
/// Writes a status outside gRPC's own pipeline (gateway errors, authorization refusals) the way
/// the caller's protocol expects it: gRPC trailers, or the REST face's JSON error.
/// </summary>
public static class StatusResponse
{
    public static bool IsGrpc(HttpRequest request) =>
        request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    /// <param name="headers">Headers the answer carries besides the status (Retry-After, WWW-Authenticate).</param>
    /// <param name="httpStatus">The REST face's HTTP status when it is more precise than the code's (413 for a body too large).</param>
    public static async Task WriteAsync(
        HttpContext context, StatusCode code, string message, IReadOnlyDictionary<string, string>? headers = null, int? httpStatus = null)
    {
        var response = context.Response;
        response.Headers.Clear();
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }

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

        response.StatusCode = httpStatus ?? ApiErrorResponses.HttpStatusFor(code);
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new { code = (int)code, message, details = Array.Empty<object>() }, cancellationToken: context.RequestAborted);
    }
}
