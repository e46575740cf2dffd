namespace Mc2cm.Web.Components.Forms;

/// <summary>Which form a request posts.</summary>
public static class FormPosts
{
    /// <summary>
    /// Whether the request posts the form named <paramref name="formName"/>. A page renders a
    /// role-bound form on its post whoever sends it, so the post reaches the service, which
    /// refuses the wrong role (the ErrorSummary says so), rather than stopping at the portal for
    /// want of a form to dispatch to.
    /// </summary>
    public static bool Posts(this HttpContext http, string formName) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType
        && string.Equals(http.Request.Form["_handler"], formName, StringComparison.Ordinal);
}
