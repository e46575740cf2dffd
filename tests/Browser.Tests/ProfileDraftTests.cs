using Mc2cm.Browser.Tests.Flows;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The profile draft editor and the coordinators' review, as their people use them. The cycle
/// runs on Sfax, whose profile no other test writes; the refusals on Sabha (written by the
/// coordinator only here) and Lisbon (never written: the write is refused).
/// </summary>
public sealed class ProfileDraftTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    private const string City = "sfax";

    [Fact]
    public async Task A_draft_is_submitted_returned_fixed_and_published()
    {
        var focalPoint = await People.SignInAsync(Portal, await NewContextAsync(), People.SfaxFocalPoint);
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        Directory.CreateDirectory(BrowserReport.ScreenshotFolder);

        await ProfileSteps.OpenDraftAsync(focalPoint, City);
        await ProfileSteps.WriteSynopsisAsync(focalPoint, City, "Sfax, Tunisia's second city, receives workers from West Africa.", "profile-edit-section");
        await ProfileSteps.DeclareDataAsync(focalPoint, City, ["National census 2014 (INS)"], ["Irregular migrants by nationality"]);
        await ProfileSteps.AddFigureAsync(focalPoint, City, "indicators/population-total", "330440", 2014, "National census 2014 (INS)");
        await ProfileSteps.SubmitAsync(focalPoint, City, "profile-submit");

        await ProfileSteps.ReturnWithCommentAsync(coordinator, City, "Name the source of the West African figures.", "profile-return");

        await ProfileSteps.SeeReturnedCommentAsync(focalPoint, City, "Name the source of the West African figures.", "profile-returned");
        await ProfileSteps.WriteSynopsisAsync(focalPoint, City, "Sfax, Tunisia's second city, receives workers from West Africa (IOM survey 2019).");
        await ProfileSteps.SubmitAsync(focalPoint, City);

        await ProfileSteps.PublishAsync(coordinator, City, "profile-publish");
        var reader = await (await NewContextAsync()).NewPageAsync();
        await ProfileSteps.SeePublishedAsync(reader, City, "(IOM survey 2019)", "profile-published");
        await Expect(reader.GetByTestId("section-data")).ToContainTextAsync("Irregular migrants by nationality");
        await Expect(reader.GetByTestId("figures-table")).ToContainTextAsync("National census 2014 (INS)");
    }

    [Fact]
    public async Task A_refused_section_says_why_in_french_beside_the_field_and_keeps_the_typing()
    {
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        await page.GotoAsync("/profiles/sabha/draft/synopsis?lang=fr");
        await page.Locator("#content-synopsis-en").FillAsync("Sabha lies on the Saharan routes.");
        await page.Locator("#content-synopsis-fr").FillAsync("Texte\u200Bcaché");

        await page.GetByTestId("save-section").ClickAsync();

        var message = page.Locator("[data-testid=field-error][data-field='content.synopsis.fr']");
        await Expect(message).ToContainTextAsync("Retirez les caractères invisibles");
        await Expect(page.Locator("#content-synopsis-fr")).ToHaveAttributeAsync("aria-describedby", "content-synopsis-fr-error");
        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("#content-synopsis-en")).ToHaveValueAsync("Sabha lies on the Saharan routes.");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "profile-refused-desktop-fr.png"), FullPage = true });

        await page.GotoAsync("/profiles/sabha/draft/synopsis");
        await Expect(page.Locator("#content-synopsis-en")).Not.ToHaveValueAsync("Sabha lies on the Saharan routes.");
    }

    [Fact]
    public async Task A_stale_save_shows_the_current_section_and_writes_nothing()
    {
        var mine = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var theirs = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        await mine.GotoAsync("/profiles/sabha/draft/social_inclusion");

        await ProfileSteps.SaveSectionAsync(theirs, "sabha", "social_inclusion", new Dictionary<string, string> { ["content-social_inclusion-en"] = "Their version: a migrants' council meets monthly." });
        await mine.Locator("#content-social_inclusion-en").FillAsync("My version: no council yet.");
        await mine.GetByTestId("save-section").ClickAsync();

        await Expect(mine.GetByTestId("stale-notice")).ToBeVisibleAsync();
        await Expect(mine.GetByTestId("current-version")).ToContainTextAsync("Their version: a migrants' council meets monthly.");
        await Expect(mine.Locator("#content-social_inclusion-en")).ToHaveValueAsync("My version: no council yet.");
        await mine.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "profile-stale-desktop-en.png"), FullPage = true });
        await theirs.GotoAsync("/profiles/sabha/draft/social_inclusion");
        await Expect(theirs.Locator("#content-social_inclusion-en")).ToHaveValueAsync("Their version: a migrants' council meets monthly.");

        // Saving again is the person's choice, over the version they have now seen.
        await mine.GetByTestId("save-section").ClickAsync();
        await Expect(mine.GetByTestId("saved")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Another_citys_crafted_save_and_a_focal_points_crafted_publish_are_refused()
    {
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint, "/profiles/lisbon/draft/synopsis");
        await Expect(page.GetByTestId("section-form")).ToHaveCountAsync(0);

        // The services check who may write before the version: any etag is refused alike.
        var (status, html) = await People.PostFormAsync(page, "/profiles/lisbon/draft/synopsis", "profile-section", new Dictionary<string, string>
        {
            ["Form.Submission"] = "crafted-section",
            ["Form.Etag"] = "crafted",
            ["Form.Synopsis.En"] = "Crafted by another city.",
        });
        await page.GotoAsync("/profiles/tunis/review");
        await Expect(page.GetByTestId("publish")).ToHaveCountAsync(0);
        var (publishStatus, publishHtml) = await People.PostFormAsync(page, "/profiles/tunis/review", "publish-profile", new Dictionary<string, string>
        {
            ["PublishForm.Submission"] = "crafted-publish",
            ["PublishForm.Etag"] = "crafted",
        });

        Assert.Equal(200, status);
        Assert.Contains("Your role may not do this. Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Equal(200, publishStatus);
        Assert.Contains("Your role may not do this. Nothing was saved.", publishHtml, StringComparison.Ordinal);
        await page.GotoAsync("/profiles/lisbon");
        await Expect(page.GetByTestId("section-synopsis")).Not.ToContainTextAsync("Crafted by another city.");
        await Expect(page.GetByTestId("not-latest")).ToHaveCountAsync(0);
        await page.GotoAsync("/profiles/review");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Your role may not do this.");
    }

    [Fact]
    public Task The_draft_page_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-draft", "/profiles/sfax/draft", user: People.SfaxFocalPoint);

    [Fact]
    public Task The_section_form_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-section", "/profiles/sfax/draft/data_reflections", user: People.SfaxFocalPoint);

    [Fact]
    public Task The_priorities_form_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-priorities", "/profiles/sfax/draft/priorities", async page =>
            await Expect(page.GetByTestId("priority-row").First).ToBeVisibleAsync(), user: People.SfaxFocalPoint);

    [Fact]
    public Task The_review_queue_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-review-queue", "/profiles/review?state=draft", user: People.Coordinator);

    [Fact]
    public Task The_review_page_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-review", "/profiles/turin/review", user: People.Coordinator);
}
