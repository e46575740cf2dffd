using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>The portal without JavaScript: every page is server-rendered HTML, links and forms work as they are.</summary>
public sealed class NoScriptTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task Pages_render_their_content_and_filters_work_without_javascript()
    {
        var page = await OpenAsync("/", javaScript: false);
        await Expect(page.Heading()).ToHaveTextAsync("The network at a glance");
        await Expect(page.GetByText("Cities registered").First).ToBeVisibleAsync();

        await page.MenuLink("Cities").ClickAsync();
        await Expect(page.Link("Tunis").First).ToBeVisibleAsync();
        var filters = page.Locator("form", new() { Has = page.GetByLabel("Region", new() { Exact = true }) });
        await filters.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Europe" });
        await filters.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page.Link("Lisbon").First).ToBeVisibleAsync();
        await Expect(page.Link("Tunis")).ToHaveCountAsync(0);

        await page.MenuLink("Meetings").ClickAsync();
        await Expect(page.Heading()).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link).First).ToBeVisibleAsync();

        await page.GotoAsync("/cities/tunis");
        await Expect(page.Heading()).ToContainTextAsync("Tunis");
    }
}
