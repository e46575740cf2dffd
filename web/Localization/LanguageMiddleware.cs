namespace Mc2cm.Web.Localization;

/// <summary>
/// Chooses the page's language (<see cref="LanguageChoice"/>), sets the culture for dates and
/// numbers, and remembers a choice made in the address in a cookie for the next pages.
/// </summary>
public static class LanguageMiddleware
{
    public static IApplicationBuilder UseUiLanguage(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            var asked = http.Request.Query[LanguageChoice.QueryKey].ToString();
            var language = LanguageChoice.Choose(asked, http.Request.Cookies[LanguageChoice.CookieName], http.Request.Headers.AcceptLanguage.ToString());
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
