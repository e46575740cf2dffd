using Microsoft.Net.Http.Headers;

namespace Mc2cm.Web.Localization;

/// <summary>
/// Which language a page is shown in: the one asked for in the address (?lang=), else the one
/// remembered in the cookie, else the first the browser accepts (by quality), else English.
/// </summary>
public static class LanguageChoice
{
    public const string QueryKey = "lang";
    public const string CookieName = "mc2cm-lang";

    public static UiLanguage Choose(string? query, string? cookie, string? acceptLanguage) =>
        UiLanguage.Find(query) ?? UiLanguage.Find(cookie) ?? FromAcceptLanguage(acceptLanguage) ?? UiLanguage.English;

    /// <summary>The first of en/fr/ar in an Accept-Language header by quality ("ar-TN;q=0.9, fr;q=0.8" → ar).</summary>
    public static UiLanguage? FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header) || !StringWithQualityHeaderValue.TryParseList([header], out var values))
        {
            return null;
        }

        // A stable sort: among equal qualities the header's order wins.
        return values
            .Where(v => v.Quality is null or > 0)
            .OrderByDescending(v => v.Quality ?? 1)
            .Select(v => UiLanguage.Find(v.Value.Value?.Split('-')[0]))
            .FirstOrDefault(l => l is not null);
    }
}
