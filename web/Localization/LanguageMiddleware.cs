namespace Mc2cm.Web.Localization;

/// <summary>
/// Chooses the page's language (<see cref="LanguageChoice"/>), sets the culture for dates and
/// numbers, and remembers a choice made in the address in a cookie for the next pages.
/// </summary>
public static class LanguageMiddleware
{
    // An error page re-executes the request in a new scope and, for a 404, without its query
    // string: the language chosen on the first pass travels in the request's items.
    private static readonly object ChosenKey = new();

    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var asked = http.Request.Query[LanguageChoice.QueryKey].ToString();
            var language = http.Items[ChosenKey] as UiLanguage
                ?? LanguageChoice.Choose(asked, http.Request.Cookies[LanguageChoice.CookieName], http.Request.Headers.AcceptLanguage.ToString());
            http.Items[ChosenKey] = language;
            http.RequestServices.GetRequiredService<CurrentLanguage>().Language = language;
            System.Globalization.CultureInfo.CurrentCulture = language.Culture;
            System.Globalization.CultureInfo.CurrentUICulture = language.Culture;
            if (UiLanguage.Find(asked) is not null && http.Request.Cookies[LanguageChoice.CookieName] != language.Code)
            {
                http.Response.Cookies.Append(LanguageChoice.CookieName, language.Code, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    HttpOnly = true,
                    Secure = http.Request.IsHttps,
                    IsEssential = true,
                });
            }

            await next();
        });
}
