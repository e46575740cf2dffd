using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Calls;

/// <summary>A call's open or close button: the version of the call it was shown with.</summary>
public sealed class CallStateForm : FormModel;
