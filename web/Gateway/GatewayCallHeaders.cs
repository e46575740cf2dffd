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

    /// <summary>
    /// For a read that fills an edit form: every language version of each text, not the page's
    /// language folded in (a form that saved a folded text would erase the other languages).
    /// </summary>
    public static Grpc.Core.Metadata AllLanguages => new() { { "accept-language", "*" } };

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

            // A call that asks for languages itself (AllLanguages) keeps its own.
            if (request.Headers.AcceptLanguage.Count == 0)
            {
                request.Headers.AcceptLanguage.ParseAdd(page.RequestServices.GetRequiredService<CurrentLanguage>().Code);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
