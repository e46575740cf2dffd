namespace Mc2cm.Web.Features.Calls;

/// <summary>The error summary's labels for a text in three languages: the text and each language under it.</summary>
public static class FormLabels
{
    public static void AddText(IDictionary<string, string> labels, string field, string label)
    {
        labels[field] = label;
        labels[$"{field}.en"] = $"{label} (English)";
        labels[$"{field}.fr"] = $"{label} (Français)";
        labels[$"{field}.ar"] = $"{label} (العربية)";
    }
}
