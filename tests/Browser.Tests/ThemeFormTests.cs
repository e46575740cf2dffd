using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The portal's form pattern on its smallest form (a coordinator creates a theme): the form page in
/// its four views, a refusal in the page's language with the typing kept, a double click that
/// writes once, and a crafted post by a role that may not write, refused by the service.
/// </summary>
public sealed class ThemeFormTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task The_themes_form_page_passes_its_checks_signed_in() =>
        await PageCheck.CheckAsync(Portal, "themes", "/themes", async page =>
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New theme" })).ToBeVisibleAsync(), user: People.Coordinator);

    [Fact]
    public async Task A_refused_theme_comes_back_in_french_with_the_typing_kept_then_a_double_post_creates_it_once()
    {
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, "/themes?lang=fr");
        var id = $"housing-{Guid.NewGuid():N}"[..20];

        // No identifier: the service refuses; the page says so in French beside the field, and
        // the name typed in Arabic is still there.
        await page.GetByLabel("العربية").FillAsync("السكن");
        await page.GetByTestId("create-theme").ClickAsync();
        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-field=theme_id]")).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(page.GetByLabel("العربية")).ToHaveValueAsync("السكن");
        await Expect(page.GetByLabel("Identifiant")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("theme_id-error"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "themes-refused-desktop-fr.png"), FullPage = true });
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(page));

        // Corrected, then sent twice at once, as a double click on a slow line does: both posts
        // of the one submission answer "created" (without the guard the second is refused:
        // the theme exists), and the theme is there once.
        await page.GetByLabel("Identifiant").FillAsync(id);
        await page.GetByLabel("English").FillAsync($"Housing {id}");
        var fields = await People.FormFieldsAsync(page.Locator("form", new() { Has = page.GetByTestId("create-theme") }));
        var posts = await Task.WhenAll(
            People.PostFormAsync(page, "/themes?lang=fr", "new-theme", fields),
            People.PostFormAsync(page, "/themes?lang=fr", "new-theme", fields));
        Assert.All(posts, post => Assert.True(post.Html.Contains("data-testid=\"saved\"", StringComparison.Ordinal) && !post.Html.Contains("error-summary", StringComparison.Ordinal),
            $"A post did not end on the created theme: {MainPart(post.Html)}"));

        await page.ReloadAsync();
        await Expect(page.GetByTestId("theme-list").GetByText($"Housing {id}", new() { Exact = true })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_focal_point_sees_no_theme_form_and_a_crafted_post_is_refused()
    {
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint, "/themes");
        await Expect(page.GetByTestId("new-theme")).ToHaveCountAsync(0);

        var id = $"crafted-{Guid.NewGuid():N}"[..20];
        var (status, html) = await People.PostFormAsync(page, "/themes", "new-theme", new Dictionary<string, string>
        {
            ["Form.Id"] = id,
            ["Form.DisplayName.En"] = "Crafted",
            ["Form.Submission"] = "crafted",
        });

        Assert.Equal(200, status);
        Assert.Contains("Your role may not do this. Nothing was saved.", html, StringComparison.Ordinal);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("theme-list")).Not.ToContainTextAsync("Crafted");
    }

    private static string MainPart(string html) => html[Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal))..][..Math.Min(1500, html.Length - Math.Max(0, html.IndexOf("<main", StringComparison.Ordinal)))];
}
