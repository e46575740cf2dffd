using Mc2cm.Web.Localization;
using Microsoft.AspNetCore.Authentication;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// What every call to the gateway carries for the page it serves: a signed-in person's own access
/// token (from the session, so the services show and allow what that person may), else the
/// portal's token with the visitor's address in X-Forwarded-For (the gateway honours it from the
/// portal only, for its per-caller rate limit); and the page's language.
/// </summary>
public sealed class GatewayCallHeaders(IHttpContextAccessor accessor, PortalClientToken portalToken) : DelegatingHandler
{
    public const string ForwardedFor = "X-Forwarded-For";

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (accessor.HttpContext is { } page)
        {
            var token = page.User.Identity?.IsAuthenticated == true
                ? await page.GetTokenAsync("access_token")
                : await portalToken.GetAsync(cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new("Bearer", token);
            }

            if (page.Connection.RemoteIpAddress is { } visitor)
            {
                request.Headers.Remove(ForwardedFor);
                request.Headers.Add(ForwardedFor, visitor.ToString());
            }

            var language = page.RequestServices.GetRequiredService<CurrentLanguage>().Code;
            request.Headers.AcceptLanguage.Clear();
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
