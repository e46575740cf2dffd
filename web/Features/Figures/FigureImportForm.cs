using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Figures;

/// <summary>The import form: the file travels beside it (a file input is never bound), the reason and the step with it.</summary>
public sealed class FigureImportForm : FormModel
{
    public const string CheckStep = "check";

    public string? Reason { get; set; }

    /// <summary>Which button was pressed: <see cref="CheckStep"/> checks only, anything else imports.</summary>
    public string? Step { get; set; }

    public bool CheckOnly => Step == CheckStep;
}
