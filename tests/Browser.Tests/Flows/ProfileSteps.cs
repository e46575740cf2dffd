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

        await SaveAsync(page, city, section, screenshot);
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
        await SaveAsync(page, city, "priorities", "profile-identify-priority");
    }

    /// <summary>
    /// Says a service area's access (its row by the area's name, "Health") for each legal status in
    /// the table's order (regular, irregular, asylum seekers, refugees) by the levels' names ("Full",
    /// "Partial", "None", "Unknown"), with its narrative in English; saves the section, and the
    /// draft's overview lists the area.
    /// </summary>
    public static async Task DescribeServiceAccessAsync(IPage page, string city, string area, IReadOnlyList<string> levels, string narrative, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}/draft/access_to_services");
        var row = page.Locator($"[data-testid=service-area][data-area={area}]");
        var selects = row.Locator("select");
        for (var i = 0; i < levels.Count; i++)
        {
            await selects.Nth(i).SelectOptionAsync(levels[i]);
        }

        var index = await row.GetAttributeAsync("data-row");
        await page.Locator($"#content-access_to_services-{index}-narrative-en").FillAsync(narrative);
        await SaveAsync(page, city, "access_to_services", screenshot);
        await Expect(page.Locator("[data-testid=draft-section][data-section=access_to_services] [data-testid=section-rows]")).ToContainTextAsync(area);
    }

    /// <summary>
    /// Adds a stakeholder in the first empty row: its name, its kind by name ("CivilSociety"), its role in
    /// English and its programmes; saves the section, and the draft's overview lists the stakeholder.
    /// </summary>
    public static async Task AddStakeholderAsync(IPage page, string city, string name, string kind, string role, IEnumerable<string> programmes, string? screenshot = null)
    {
        await page.GotoAsync($"/profiles/{city}/draft/stakeholders");
        var row = page.Locator("[data-testid=stakeholder-row][data-blank]").First;
        await row.Locator("input[name$='.Name']").FillAsync(name);
        await row.Locator("select[name$='.Type']").SelectOptionAsync(kind);
        await row.Locator("textarea[lang=en]").FillAsync(role);
        await row.Locator("textarea[name$='.Programmes']").FillAsync(string.Join('\n', programmes));
        await SaveAsync(page, city, "stakeholders", screenshot);
        await Expect(page.Locator("[data-testid=draft-section][data-section=stakeholders] [data-testid=section-rows]")).ToContainTextAsync(name);
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

    /// <summary>Saves the section's form as filled (a screenshot of it first, when named): the draft's overview says it was saved.</summary>
    private static async Task SaveAsync(IPage page, string city, string section, string? screenshot)
    {
        if (screenshot is not null)
        {
            await ShotAsync(page, screenshot);
        }

        await page.GetByTestId("save-section").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/profiles/{city}/draft\\?saved={section}"));
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
    }

    private static Task ShotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"{name}-desktop-en.png"), FullPage = true });
}
