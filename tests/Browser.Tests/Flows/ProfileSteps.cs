using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>
/// The profile's cycle as its people play it, one step a method, for any city: the city's focal
/// point (or a coordinator) edits sections of the draft, adds figures and data gaps and submits
/// it; a coordinator returns it with a comment or publishes it; everyone reads the published
/// profile. Each step takes a page signed in as the right person and asserts what they see.
/// </summary>
public static class ProfileSteps
{
    /// <summary>Opens the city's draft; starts the profile first when the city has none.</summary>
    public static async Task OpenDraftAsync(IPage page, string city)
    {
        await page.GotoAsync($"/profiles/{city}/draft");
        if (await page.GetByTestId("start-profile").CountAsync() > 0)
        {
            await page.GetByTestId("start-profile").ClickAsync();
        }

        await Expect(page.GetByTestId("draft-state")).ToBeVisibleAsync();
    }

    /// <summary>Writes one text of a section in English (e.g. "synopsis", "content-synopsis-en") and saves that section.</summary>
    public static async Task SaveSectionAsync(IPage page, string city, string section, IReadOnlyDictionary<string, string> inputs, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}/draft/{section}");
        foreach (var (id, text) in inputs)
        {
            await page.Locator($"#{id}").FillAsync(text);
        }

        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.GetByTestId("save-section").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/draft\\?saved={section}"));
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
    }

    /// <summary>The synopsis in English.</summary>
    public static Task WriteSynopsisAsync(IPage page, string city, string synopsis, string? screenshot = null) =>
        SaveSectionAsync(page, city, "synopsis", new Dictionary<string, string> { ["content-synopsis-en"] = synopsis }, screenshot);

    /// <summary>
    /// Identifies a priority in the draft (the first empty row of the priorities section), in English
    /// with a theme chosen by its id ("refugee-reception"): once published, Action offers it as a candidate.
    /// </summary>
    public static async Task IdentifyPriorityAsync(IPage page, string city, string text, string theme)
    {
        await page.GotoAsync($"/profiles/{city}/draft/priorities");
        var row = page.GetByTestId("priority-row").Filter(new() { Has = page.Locator("textarea[lang=en]:text-is('')") }).First;
        await row.Locator("textarea[lang=en]").FillAsync(text);
        await row.Locator("select").SelectOptionAsync(theme);
        await ShotAsync(page, "profile-identify-priority");
        await page.GetByTestId("save-section").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/draft\\?saved=priorities"));
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
    }

    /// <summary>The data reflections' sources and declared gaps, one a line.</summary>
    public static Task DeclareDataAsync(IPage page, string city, IEnumerable<string> sources, IEnumerable<string> gaps) =>
        SaveSectionAsync(page, city, "data_reflections", new Dictionary<string, string>
        {
            ["content-data_reflections-sources"] = string.Join('\n', sources),
            ["content-data_reflections-gaps"] = string.Join('\n', gaps),
        });

    /// <summary>Adds a figure of an indicator ("indicators/population-total") for a year, with its source.</summary>
    public static async Task AddFigureAsync(IPage page, string city, string indicator, string value, int year, string source)
    {
        await page.GotoAsync($"/profiles/{city}/draft");
        await page.Locator("#observation-indicator").SelectOptionAsync(indicator);
        await page.Locator("#observation-reference_year").FillAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#observation-value").FillAsync(value);
        await page.Locator("#observation-source").FillAsync(source);
        await page.GetByTestId("record-figure").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/draft\\?saved=figure"));
    }

    /// <summary>Submits the draft for review: the page then says it is in review and offers no more edits.</summary>
    public static async Task SubmitAsync(IPage page, string city, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}/draft");
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.GetByTestId("submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/draft\\?saved=submitted"));
        await Expect(page.GetByTestId("in-review")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit-section")).ToHaveCountAsync(0);
    }

    /// <summary>A coordinator finds the city in the review queue and opens its review.</summary>
    public static async Task OpenReviewAsync(IPage page, string city)
    {
        await page.GotoAsync("/profiles/review?state=in-review");
        var entry = page.Locator($"[data-testid=queued-profile][data-city={city}]");
        await Expect(entry).ToBeVisibleAsync();
        await entry.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/review$"));
    }

    /// <summary>A coordinator returns the profile in review with a comment.</summary>
    public static async Task ReturnWithCommentAsync(IPage page, string city, string comment, string? screenshot = null)
    {
        await OpenReviewAsync(page, city);
        await page.Locator("#comment").FillAsync(comment);
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.GetByTestId("return-profile").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profiles/review\\?done=returned"));
        await Expect(page.Locator($"[data-testid=queued-profile][data-city={city}]")).ToHaveCountAsync(0);
    }

    /// <summary>The city's people see the coordinator's comment on their returned draft, which they may edit again.</summary>
    public static async Task SeeReturnedCommentAsync(IPage page, string city, string comment, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}/draft");
        await Expect(page.GetByTestId("review-comment-text")).ToHaveTextAsync(comment);
        await Expect(page.GetByTestId("edit-section").First).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }
    }

    /// <summary>A coordinator publishes the profile in review.</summary>
    public static async Task PublishAsync(IPage page, string city, string? screenshot = null)
    {
        await OpenReviewAsync(page, city);
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.GetByTestId("publish-profile").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/profiles/review\\?done=published"));
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
    }

    /// <summary>Anyone reads the published profile on its public page, with the text given.</summary>
    public static async Task SeePublishedAsync(IPage page, string city, string synopsis, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}");
        await Expect(page.GetByTestId("section-synopsis")).ToContainTextAsync(synopsis);
        await Expect(page.GetByTestId("page-heading")).ToBeVisibleAsync();
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"{name}-desktop-en.png"), FullPage = true });
}
