using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>A workflow step on a profile (start, submit, publish, return): the etag as read, and the reviewer's comment when returning.</summary>
public sealed class WorkflowForm : FormModel
{
    public string? Comment { get; set; }
}
