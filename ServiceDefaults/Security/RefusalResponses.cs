using Grpc.Core;
using Mc2cm.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;

namespace Mc2cm.ServiceDefaults.Security;

/// <summary>
/// A refused call gets the suite's error in its own protocol — gRPC Unauthenticated (no or bad
/// token) or PermissionDenied (wrong role), REST 401 / 403 with the JSON error — instead of the
/// bare status code the authorization middleware would write.
/// </summary>
internal sealed class RefusalResponses : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            return StatusResponse.WriteAsync(context, StatusCode.Unauthenticated, "This call needs a valid access token (Authorization: Bearer …).",
                new Dictionary<string, string> { ["WWW-Authenticate"] = "Bearer" });
        }

        if (authorizeResult.Forbidden)
        {
            return StatusResponse.WriteAsync(context, StatusCode.PermissionDenied, "The caller's roles do not allow this call.");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
