using System.Globalization;

namespace Mc2cm.Web.Localization;

/// <summary>A language the portal speaks: its code (as the services know it), its own name, its direction.</summary>
public sealed record UiLanguage(string Code, string NativeName, bool RightToLeft)
{
    public static readonly UiLanguage English = new("en", "English", RightToLeft: false);
    public static readonly UiLanguage French = new("fr", "Français", RightToLeft: false);
    public static readonly UiLanguage Arabic = new("ar", "العربية", RightToLeft: true);

    /// <summary>In the order the switch shows them.</summary>
    public static readonly IReadOnlyList<UiLanguage> All = [English, French, Arabic];

    /// <summary>"ltr" or "rtl", for the dir attribute.</summary>
    public string Direction => RightToLeft ? "rtl" : "ltr";

    /// <summary>
    /// Dates and numbers: fr-FR and en-GB (day before month, as around the Mediterranean); for
    /// Arabic "ar-TN", whose calendar is the Gregorian one the programme's dates are in (plain
    /// "ar" would follow a regional default that may be another calendar).
    /// </summary>
    public CultureInfo Culture { get; } = CultureInfo.GetCultureInfo(Code switch
    {
        "fr" => "fr-FR",
        "ar" => "ar-TN",
        _ => "en-GB",
    });

    public static UiLanguage? Find(string? code) =>
        All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
