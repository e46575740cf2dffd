using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Web.Localization;

/// <summary>
/// The language of the page being rendered (one per request), and the words of the portal in it.
/// Set by <see cref="LanguageMiddleware"/> before any component runs.
/// </summary>
public sealed class CurrentLanguage
{
    public UiLanguage Language { get; set; } = UiLanguage.English;

    public string Code => Language.Code;

    /// <summary>The portal's own word in the page's language.</summary>
    public string this[Text text] => text.In(Code);

    /// <summary>A portal sentence with values in it, formatted with the page's culture.</summary>
    public string Format(Text text, params object?[] values) => string.Format(Language.Culture, text.In(Code), values);

    /// <summary>
    /// A service's text in the page's language, or the best version there is, with the language
    /// it is in (so the page can mark a fallback with its own lang attribute).
    /// </summary>
    public (string Text, string Language) Pick(LocalizedText? text)
    {
        if (text is null)
        {
            return (string.Empty, Code);
        }

        // A service that was asked for a language answers with text and language only.
        if (!string.IsNullOrEmpty(text.Text))
        {
            return (text.Text, string.IsNullOrEmpty(text.Language) ? Code : text.Language);
        }

        var wanted = Code switch { "fr" => text.Fr, "ar" => text.Ar, _ => text.En };
        if (!string.IsNullOrEmpty(wanted))
        {
            return (wanted, Code);
        }

        return !string.IsNullOrEmpty(text.En) ? (text.En, "en") : !string.IsNullOrEmpty(text.Fr) ? (text.Fr, "fr") : (text.Ar, "ar");
    }

    /// <summary>The text only, for attributes and sorting.</summary>
    public string Plain(LocalizedText? text) => Pick(text).Text;
}
