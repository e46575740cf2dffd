using Mc2cm.ServiceDefaults.Errors;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;

namespace Mc2cm.Gateway.Door;

/// <summary>
/// What the gateway itself asks of every proxied call, before the service decides: a token, when
/// one is sent, must be valid (issuer, audience, signature, lifetime); and a REST write needs a
/// token at all, a person's (the portal's own token counts as none). Everything finer — roles,
/// cities, assignments — is the services' to check, so a call that goes around the gateway meets
/// the same rules.
/// </summary>
public static class DoorPolicy
{
    public const string Name = "gateway-door";

    public static AuthorizationPolicy Build() => new AuthorizationPolicyBuilder().AddRequirements(new DoorRequirement()).Build();

    private sealed class DoorRequirement : AuthorizationHandler<DoorRequirement>, IAuthorizationRequirement
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, DoorRequirement requirement)
        {
            if (context.User.Identity?.IsAuthenticated == true || (context.Resource is HttpContext http && MayPassAnonymously(http.Request)))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }

        private static bool MayPassAnonymously(HttpRequest request) =>
            (!request.Headers.Authorization.Any() || request.HttpContext.PresentedAnonymousClientToken())
            && (StatusResponse.IsGrpc(request) || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method));
    }
}
