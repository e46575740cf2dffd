namespace Mc2cm.Web.Features.Actions;

/// <summary>
/// Which form a request posts ("_handler", the EditForm's FormName). A page renders the posted form
/// even for a person whose role does not offer it: the handler only runs for a form on the page,
/// so a crafted post reaches the service, which refuses it, and the page shows that refusal.
/// </summary>
public static class PostedForm
{
    public static bool Is(HttpContext http, string formName) =>
        HttpMethods.IsPost(http.Request.Method) && http.Request.HasFormContentType
        && string.Equals(http.Request.Form["_handler"], formName, StringComparison.Ordinal);
}
