namespace Mc2cm.Web.Features.Calls;

/// <summary>
/// Which form a request posts. A form must be on the page for its post to be handled, so a page
/// renders a form its person's role does not get when that form is the one posted: a crafted
/// post then meets the service's refusal (shown in the error summary), not a bare 400.
/// </summary>
public static class FormPosts
{
    /// <summary>Reads the form the endpoint has already read (no synchronous read of the body).</summary>
    public static bool Posted(HttpContext http, string formName) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Features.Get<Microsoft.AspNetCore.Http.Features.IFormFeature>()?.Form is { } form
        && string.Equals(form["_handler"], formName, StringComparison.Ordinal);
}
