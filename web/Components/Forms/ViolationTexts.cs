using System.Text.RegularExpressions;
using Google.Rpc;
using Mc2cm.ServiceDefaults.Validation;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// The services' shared field rules (<see cref="FieldReasons"/>) said in the page's language. A
/// rule particular to one resource has no reason; its English description is shown as it is,
/// marked as English so a screen reader reads it right.
/// </summary>
public static partial class ViolationTexts
{
    private static readonly Text Required = new("This is required.", "Ce champ est obligatoire.", "هذا الحقل مطلوب.");
    private static readonly Text TooLong = new("At most {0} characters.", "{0} caractères au plus.", "{0} حرفاً على الأكثر.");
    private static readonly Text ControlCharacters = new(
        "Remove the control characters.", "Retirez les caractères de contrôle.", "أزل أحرف التحكم.");
    private static readonly Text InvisibleControls = new(
        "Remove the invisible direction or zero-width characters (often pasted from another document).",
        "Retirez les caractères invisibles de direction ou de largeur nulle (souvent collés depuis un autre document).",
        "أزل أحرف الاتجاه أو الأحرف الخفية ذات العرض الصفري (غالباً ما تُلصق من مستند آخر).");
    private static readonly Text SurroundingWhiteSpace = new(
        "Remove the spaces at the start or end.", "Retirez les espaces au début ou à la fin.", "أزل المسافات في البداية أو النهاية.");
    private static readonly Text NotAnEmail = new(
        "Enter an e-mail address such as name@example.org.", "Saisissez une adresse électronique comme nom@example.org.", "أدخل عنوان بريد إلكتروني مثل name@example.org.");
    private static readonly Text YearOutOfRange = new(
        "Enter a year from 1900 to this year.", "Saisissez une année entre 1900 et cette année.", "أدخل سنة من 1900 حتى هذه السنة.");

    public static FormMessage Say(BadRequest.Types.FieldViolation violation, CurrentLanguage language)
    {
        var text = violation.Reason switch
        {
            FieldReasons.Required => language[Required],
            FieldReasons.TooLong => language.Format(TooLong, FirstNumber(violation.Description)),
            FieldReasons.ControlCharacters => language[ControlCharacters],
            FieldReasons.InvisibleControls => language[InvisibleControls],
            FieldReasons.SurroundingWhiteSpace => language[SurroundingWhiteSpace],
            FieldReasons.NotAnEmail => language[NotAnEmail],
            FieldReasons.YearOutOfRange => language[YearOutOfRange],
            _ => null,
        };
        return text is null ? new FormMessage(Capitalised(violation.Description), "en") : new FormMessage(text, language.Code);
    }

    // "must be at most 200 characters (got 240)." → 200: the rule's limit comes first in its description.
    private static string FirstNumber(string description) => Number().Match(description) is { Success: true } m ? m.Value : "?";

    private static string Capitalised(string description) =>
        description.Length == 0 ? description : char.ToUpperInvariant(description[0]) + description[1..];

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();
}
