namespace Mc2cm.Web.Components.Forms;

/// <summary>The error summary's labels (<see cref="ErrorSummary.Labels"/>) by the services' field names.</summary>
public static class FormLabels
{
    /// <summary>A text in three languages (<see cref="LanguageFields"/>): the text, and each language under it.</summary>
    public static Dictionary<string, string> AddText(this Dictionary<string, string> labels, string field, string label)
    {
        labels[field] = label;
        labels[$"{field}.en"] = $"{label} (English)";
        labels[$"{field}.fr"] = $"{label} (Français)";
        labels[$"{field}.ar"] = $"{label} (العربية)";
        return labels;
    }
}
