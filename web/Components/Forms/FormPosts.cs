using Microsoft.AspNetCore.Http.Features;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// Whether this request posts the form of that name. Static rendering dispatches a post only to a
/// form the page renders, so a form hidden from the person's role is still rendered for its own
/// crafted post: the service then refuses it and the page shows why, instead of a bare 400.
/// </summary>
public static class FormPosts
{
    /// <summary>The form field that names the posted form ("_handler", as EditForm writes it).</summary>
    public const string Handler = "_handler";

    /// <summary>Reads the form the endpoint has already read before rendering (no synchronous read of the body).</summary>
    public static bool Posts(this HttpContext http, string formName) =>
        HttpMethods.IsPost(http.Request.Method)
        && http.Features.Get<IFormFeature>()?.Form is { } form
        && string.Equals(form[Handler], formName, StringComparison.Ordinal);
}
