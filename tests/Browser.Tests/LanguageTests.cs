using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>The language switch: French, then Arabic right to left, remembered from page to page.</summary>
public sealed class LanguageTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task Switching_to_French_then_Arabic_translates_the_page_and_turns_it_right_to_left()
    {
        var page = await OpenAsync("/");
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", "en");
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");

        await page.Link("Français").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Heading()).ToHaveTextAsync("Le réseau en un coup d'œil");

        await page.Link("العربية").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Expect(html).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Heading()).ToHaveTextAsync("الشبكة في لمحة");
        await Languages.ExpectArabicAsync(page);
        // Right to left for real: the menu starts at the right edge of the screen.
        var menu = await page.GetByRole(AriaRole.Navigation, new() { Name = "الرئيسية", Exact = true }).GetByRole(AriaRole.Link).First.BoundingBoxAsync();
        Assert.True(menu is not null && menu.X > Viewport.Desktop.Width / 2, $"The first menu link should sit on the right in Arabic; it is at x={menu?.X}.");

        // The choice is remembered: the next page, reached by a plain link, is in Arabic too.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "الرئيسية", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "المدن", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(Portal.Address, "/cities").ToString());
        await Languages.ExpectArabicAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "language-switch-cities-ar.png") });

        await page.Link("English").ClickAsync();
        await Expect(html).ToHaveAttributeAsync("dir", "ltr");
        await Expect(page.MenuLink("Cities")).ToBeVisibleAsync();
    }
}
