namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// What every form of the portal posts besides its fields: the submission id (a double click
/// submits once, <see cref="FormSubmissions"/>) and the etag of the version the person edited (a
/// stale edit is refused by the service, never written over). Render both with
/// InputHidden inside the form.
/// </summary>
public abstract class FormModel
{
    public string? Submission { get; set; } = FormSubmissions.NewId();

    public string? Etag { get; set; }
}
