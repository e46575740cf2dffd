using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Mc2cm.BuildingBlocks.Localization;

/// <summary>
/// A text in MC2CM's working languages: English (the reference, required) and optional French
/// and Arabic versions; an empty string means "no version in that language".
/// </summary>
public sealed record LocalizedText(string En, string Fr, string Ar)
{
    public static readonly LocalizedText Empty = new(string.Empty, string.Empty, string.Empty);

    public static readonly IReadOnlyList<string> Languages = ["en", "fr", "ar"];

    /// <summary>
    /// The version in <paramref name="language"/>, or the best one available (English first)
    /// with the language it is in.
    /// </summary>
    public (string Text, string Language) In(string? language)
    {
        var wanted = language?.ToLowerInvariant() switch
        {
            "fr" => Fr,
            "ar" => Ar,
            "en" => En,
            _ => string.Empty,
        };
        if (wanted.Length > 0)
        {
            return (wanted, language!.ToLowerInvariant());
        }

        return En.Length > 0 ? (En, "en") : Fr.Length > 0 ? (Fr, "fr") : (Ar, "ar");
    }

    /// <summary>
    /// All versions folded for search: lower case, accents and Arabic diacritics removed, so
    /// "fes" finds "Fès" and "عمان" finds "عمّان".
    /// </summary>
    [JsonIgnore]
    public string SearchText => string.Join(' ', new[] { En, Fr, Ar }.Where(t => t.Length > 0).Select(Fold));

    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }
}
