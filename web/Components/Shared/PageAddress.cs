using Microsoft.AspNetCore.Diagnostics;

namespace Mc2cm.Web.Components.Shared;

/// <summary>
/// The address the visitor asked for, also while an error page is rendered in its place (a
/// re-executed request's path is the error page's), so links such as the language switch keep
/// the visitor where they were.
/// </summary>
public static class PageAddress
{
    public static (string Path, QueryString Query) Of(HttpContext http)
    {
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted)
        {
            return (reExecuted.OriginalPathBase + reExecuted.OriginalPath, new QueryString(reExecuted.OriginalQueryString));
        }

        if (http.Features.Get<IExceptionHandlerPathFeature>() is { } failed)
        {
            return (failed.Path, http.Request.QueryString);
        }

        return (http.Request.PathBase + http.Request.Path, http.Request.QueryString);
    }
}
