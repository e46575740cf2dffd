using System.Globalization;
using Google.Rpc;
using Mc2cm.Domain.Validation;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Components.Forms;

/// <summary>
/// The services' field violations said in the page's language: each reason of
/// <see cref="FieldReasons"/> with the values the service sent beside it (<see cref="FieldParameters"/>).
/// A violation without a reason the portal knows, or without the values its sentence needs,
/// shows the service's English description as it is, marked as English so a screen reader reads it right.
/// </summary>
public static class ViolationTexts
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
    private static readonly Text InvalidFormat = new(
        "This is not written the expected way.", "Ce n’est pas écrit de la manière attendue.", "هذه القيمة ليست مكتوبة بالصيغة المطلوبة.");
    private static readonly Text InvalidFormatLike = new(
        "Write it the expected way, e.g. {0}.", "Écrivez-le de la manière attendue, par exemple {0}.", "اكتبها بالصيغة المطلوبة، مثلاً {0}.");
    private static readonly Text NotAllowed = new(
        "This value is not allowed here.", "Cette valeur n’est pas permise ici.", "هذه القيمة غير مسموح بها هنا.");
    private static readonly Text Between = new("Enter a value from {0} to {1}.", "Saisissez une valeur de {0} à {1}.", "أدخل قيمة من {0} إلى {1}.");
    private static readonly Text AtLeast = new("Enter {0} or more.", "Saisissez {0} ou plus.", "أدخل {0} أو أكثر.");
    private static readonly Text AtMost = new("Enter {0} or less.", "Saisissez {0} ou moins.", "أدخل {0} أو أقل.");
    private static readonly Text InTheFuture = new(
        "This date cannot be in the future.", "Cette date ne peut pas être dans le futur.", "لا يمكن أن يكون هذا التاريخ في المستقبل.");
    private static readonly Text MustFollow = new("Cannot be before “{0}”.", "Ne peut pas précéder « {0} ».", "لا يمكن أن يسبق «{0}».");
    private static readonly Text TooMany = new("At most {0} may be given.", "{0} au maximum.", "{0} كحد أقصى.");
    private static readonly Text Duplicate = new(
        "This is given twice; each may appear only once.", "Cette valeur figure deux fois ; chacune ne peut figurer qu’une fois.",
        "هذه القيمة مكررة؛ لا يجوز أن تظهر كل قيمة إلا مرة واحدة.");
    private static readonly Text UnknownReference = new(
        "This does not exist or cannot be used here.", "Cet élément n’existe pas ou ne peut pas être utilisé ici.",
        "هذا العنصر غير موجود أو لا يمكن استخدامه هنا.");
    private static readonly Text Overlaps = new(
        "Overlaps another period, from {0} to {1}.", "Chevauche une autre période, du {0} au {1}.", "يتداخل مع فترة أخرى، من {0} إلى {1}.");
    private static readonly Text OverlapsOpen = new(
        "Overlaps another period, open since {0}.", "Chevauche une autre période, ouverte depuis le {0}.", "يتداخل مع فترة أخرى مفتوحة منذ {0}.");
    private static readonly Text WrongCurrency = new("The amount must be in {0}.", "Le montant doit être en {0}.", "يجب أن يكون المبلغ بعملة {0}.");

    /// <summary>The violation's message in the page's language, or the service's English sentence.</summary>
    /// <param name="parameters">The violation's values by name (<see cref="FieldParameters.Of"/>).</param>
    /// <param name="labels">The form's labels by field name, to name the other field of <see cref="FieldReasons.MustFollow"/>.</param>
    public static FormMessage Say(
        BadRequest.Types.FieldViolation violation, IReadOnlyDictionary<string, string> parameters, CurrentLanguage language,
        IReadOnlyDictionary<string, string>? labels = null)
    {
        var text = Phrase(violation.Reason, parameters, language, labels);
        return text is null ? new FormMessage(Capitalised(violation.Description), "en") : new FormMessage(text, language.Code);
    }

    private static string? Phrase(
        string reason, IReadOnlyDictionary<string, string> parameters, CurrentLanguage language, IReadOnlyDictionary<string, string>? labels)
    {
        var culture = language.Language.Culture;
        string? Value(string name) => parameters.TryGetValue(name, out var value) ? Shown(value, culture) : null;
        string? Raw(string name) => parameters.GetValueOrDefault(name);

        return reason switch
        {
            FieldReasons.Required => language[Required],
            FieldReasons.TooLong => Value(FieldParameters.MaxLength) is { } max ? language.Format(TooLong, max) : null,
            FieldReasons.ControlCharacters => language[ControlCharacters],
            FieldReasons.InvisibleControls => language[InvisibleControls],
            FieldReasons.SurroundingWhiteSpace => language[SurroundingWhiteSpace],
            // An example is a value to copy ("10.7", "Europe/Lisbon"): shown as the service wrote it.
            FieldReasons.InvalidFormat => Raw(FieldParameters.Example) is { } example ? language.Format(InvalidFormatLike, example) : language[InvalidFormat],
            FieldReasons.NotAllowed => language[NotAllowed],
            FieldReasons.OutOfRange => (Value(FieldParameters.Minimum), Value(FieldParameters.Maximum)) switch
            {
                ({ } min, { } max) => language.Format(Between, min, max),
                ({ } min, null) => language.Format(AtLeast, min),
                (null, { } max) => language.Format(AtMost, max),
                _ => null,
            },
            FieldReasons.InTheFuture => language[InTheFuture],
            FieldReasons.MustFollow => Raw(FieldParameters.Field) is { } other ? language.Format(MustFollow, labels?.GetValueOrDefault(other) ?? other) : null,
            FieldReasons.TooMany => Value(FieldParameters.MaxItems) is { } most ? language.Format(TooMany, most) : null,
            FieldReasons.Duplicate => language[Duplicate],
            FieldReasons.UnknownReference => language[UnknownReference],
            FieldReasons.Overlaps => (Value(FieldParameters.Start), Value(FieldParameters.End)) switch
            {
                ({ } start, { } end) => language.Format(Overlaps, start, end),
                ({ } start, null) => language.Format(OverlapsOpen, start),
                _ => null,
            },
            FieldReasons.WrongCurrency => Raw(FieldParameters.Currency) is { } currency ? language.Format(WrongCurrency, currency) : null,
            _ => null,
        };
    }

    /// <summary>
    /// A limit as the page writes numbers and dates: "2026-12-31" → "31/12/2026", "100000" →
    /// "100 000" in French. Numbers under 10,000 keep no separator, so a year stays "1900".
    /// </summary>
    internal static string Shown(string value, CultureInfo culture)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("d", culture);
        }

        if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return number.ToString(Math.Abs(number) >= 10_000 ? "#,0.##" : "0.##", culture);
        }

        return value;
    }

    private static string Capitalised(string description) =>
        description.Length == 0 ? description : char.ToUpperInvariant(description[0]) + description[1..];
}
