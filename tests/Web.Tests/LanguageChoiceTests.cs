using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Tests;

public sealed class LanguageChoiceTests
{
    [Theory]
    [InlineData("ar", "fr", "en", "ar")]          // the address wins over the cookie and the browser
    [InlineData("AR", null, null, "ar")]
    [InlineData("de", "fr", "en", "fr")]          // a language the portal does not speak is ignored
    [InlineData(null, "fr", "ar", "fr")]          // the remembered choice wins over the browser
    [InlineData(null, "xx", "ar-TN,fr;q=0.9", "ar")]
    [InlineData(null, null, "de-DE, fr;q=0.8, en;q=0.9", "en")] // by quality, not by order
    [InlineData(null, null, "de-DE, fr-CA;q=0.8", "fr")]        // a regional variant counts as its language
    [InlineData(null, null, "ar;q=0, fr;q=0.5", "fr")]          // q=0 means "not this one"
    [InlineData(null, null, "de, it", "en")]
    [InlineData(null, null, null, "en")]
    [InlineData(null, null, ";;garbage", "en")]
    public void The_address_then_the_cookie_then_the_browser_then_English(string? query, string? cookie, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, LanguageChoice.Choose(query, cookie, acceptLanguage).Code);

    [Fact]
    public void Arabic_reads_right_to_left_in_a_gregorian_calendar_and_the_others_left_to_right()
    {
        Assert.Equal("rtl", UiLanguage.Arabic.Direction);
        Assert.Equal("ltr", UiLanguage.French.Direction);
        Assert.IsType<System.Globalization.GregorianCalendar>(UiLanguage.Arabic.Culture.Calendar);
    }

    [Fact]
    public void A_service_text_falls_back_to_another_language_and_says_which()
    {
        var language = new CurrentLanguage { Language = UiLanguage.Arabic };

        Assert.Equal(("Tunis", "en"), language.Pick(new() { En = "Tunis", Fr = "Tunis" }));
        Assert.Equal(("تونس", "ar"), language.Pick(new() { En = "Tunis", Ar = "تونس" }));
        // A service asked for a language answers with text and language only.
        Assert.Equal(("Tunis", "fr"), language.Pick(new() { Text = "Tunis", Language = "fr" }));
    }
}
