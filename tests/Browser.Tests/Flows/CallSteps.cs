using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>
/// A call for Targeted City Actions as its people play it in the portal, one step each, every step
/// on a page already signed in as the right person: the coordinator creates and opens a call; a
/// city's person applies and reads "eligible"; the coordinator assigns an evaluator; the evaluator
/// scores; the coordinator selects, and the funded action exists. The lead composes the programme's
/// whole cycle from these steps.
/// </summary>
public static class CallSteps
{
    /// <summary>The criteria every call of these steps is scored on, each out of 10.</summary>
    public static readonly IReadOnlyList<string> Criteria = ["relevance", "feasibility"];

    /// <summary>A fresh call id nobody else's test uses.</summary>
    public static string NewCallId() => $"call-{Guid.NewGuid():N}"[..20];

    /// <summary>
    /// The coordinator creates a call (open from today for a month, at most EUR 50,000 an action,
    /// in <paramref name="countries"/>, all objectives, local governments and civil society, the
    /// latter with a letter of support; scored on <see cref="Criteria"/>) and opens it.
    /// </summary>
    /// <returns>The call's address, "/calls/{id}".</returns>
    public static async Task<string> CreateAndOpenCallAsync(IPage coordinator, string callId, string title, decimal budget, params string[] countries)
    {
        await coordinator.GotoAsync("/calls");
        await coordinator.GetByTestId("new-call").ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("New call");
        await FillCallAsync(coordinator, callId, title, budget, countries);
        await coordinator.GetByTestId("create-call").ClickAsync();

        var address = $"/calls/{callId}";
        await SentAsync(coordinator, new Regex(Regex.Escape(address) + @"\?done=created$"));
        await Expect(coordinator.GetByTestId("call-state")).ToHaveTextAsync("in preparation");
        await Screenshot(coordinator, "created");

        await coordinator.GetByTestId("open-call").ClickAsync();
        await SentAsync(coordinator, new Regex(Regex.Escape(address) + @"\?done=opened$"));
        await Expect(coordinator.GetByTestId("call-state")).ToHaveTextAsync("open");
        await Screenshot(coordinator, "opened");
        return address;
    }

    /// <summary>Fills the new-call form (the coordinator is on /calls/new) without sending it.</summary>
    public static async Task FillCallAsync(IPage coordinator, string callId, string title, decimal budget, params string[] countries)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await coordinator.Locator("#call_id").FillAsync(callId);
        await coordinator.Locator("#call-number").FillAsync(Random.Shared.Next(100, 999).ToString(CultureInfo.InvariantCulture));
        await coordinator.Locator("#call-title-en").FillAsync(title);
        await coordinator.Locator("#call-opens_on").FillAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.Locator("#call-closes_on").FillAsync(today.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await coordinator.Locator("#call-max_grant").FillAsync("50000");
        await coordinator.Locator("#call-budget").FillAsync(budget.ToString(CultureInfo.InvariantCulture));
        foreach (var country in countries)
        {
            await coordinator.Locator($"#call-eligible_countries input[value={country}]").CheckAsync();
        }

        foreach (var objective in await coordinator.Locator("#call-objectives input[type=checkbox]").AllAsync())
        {
            await objective.CheckAsync();
        }

        // By value, not label: the step works on the form in any of the portal's languages.
        await coordinator.Locator("#call-eligible_applicant_types input[value=LocalGovernment]").CheckAsync();
        await coordinator.Locator("#call-eligible_applicant_types input[value=CivilSociety]").CheckAsync();
        await coordinator.Locator("#call-support_letter_required_for input[value=CivilSociety]").CheckAsync();
        for (var i = 0; i < Criteria.Count; i++)
        {
            await coordinator.Locator($"#call-criteria-{i}-id").FillAsync(Criteria[i]);
            await coordinator.Locator($"#call-criteria-{i}-name-en").FillAsync(CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Criteria[i]));
            await coordinator.Locator($"#call-criteria-{i}-max_score").FillAsync("10");
        }
    }

    /// <summary>
    /// A person of <paramref name="city"/> ("tunis") applies to the open call as a local government,
    /// answering <paramref name="priority"/> (the text of one of the city's adopted priorities) when
    /// given, and reads every eligibility rule passed.
    /// </summary>
    /// <returns>The application's id.</returns>
    public static async Task<string> ApplyAsync(IPage cityPerson, string callId, string city, string title, decimal amount, string? priority = null)
    {
        var application = await SubmitApplicationAsync(cityPerson, callId, city, title, amount, "LocalGovernment", priority);
        await Expect(cityPerson.GetByTestId("eligibility-result")).ToHaveAttributeAsync("data-eligible", "true");
        await Expect(cityPerson.GetByRole(AriaRole.Heading, new() { Name = "Eligibility: Eligible", Level = 2 })).ToBeVisibleAsync();
        await Expect(cityPerson.Locator("[data-testid=rule][data-passed=false]")).ToHaveCountAsync(0);
        await Expect(cityPerson.Locator("[data-testid=rule][data-passed=true]").First).ToBeVisibleAsync();
        await Screenshot(cityPerson, "applied");
        return application;
    }

    /// <summary>Fills and sends the application form as <paramref name="applicantType"/> ("CivilSociety"); the page is then the application's.</summary>
    public static async Task<string> SubmitApplicationAsync(IPage cityPerson, string callId, string city, string title, decimal amount, string applicantType, string? priority = null)
    {
        await cityPerson.GotoAsync($"/calls/{callId}");
        await cityPerson.GetByTestId("apply").ClickAsync();
        await cityPerson.Locator("#application-city").SelectOptionAsync(city);
        await cityPerson.Locator("#application-applicant_organisation").FillAsync($"Municipality of {city}");
        await cityPerson.Locator("#application-applicant_type").SelectOptionAsync(applicantType);
        await cityPerson.Locator("#application-title").FillAsync(title);
        await cityPerson.Locator("#application-requested_amount").FillAsync(amount.ToString(CultureInfo.InvariantCulture));
        await cityPerson.Locator("#application-objectives input[type=checkbox]").First.CheckAsync();
        if (priority is not null)
        {
            await cityPerson.Locator("#application-priorities").GetByLabel(priority).CheckAsync();
        }

        await cityPerson.GetByTestId("submit-application").ClickAsync();
        await SentAsync(cityPerson, new Regex(@"/applications/[^/?]+\?done=submitted$"));
        await Expect(cityPerson.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        return ApplicationId(cityPerson);
    }

    /// <summary>The coordinator assigns <paramref name="evaluator"/> ("evaluator-1") to score the application.</summary>
    public static async Task AssignEvaluatorAsync(IPage coordinator, string applicationId, string evaluator)
    {
        await coordinator.GotoAsync($"/applications/{applicationId}");
        await coordinator.Locator("#evaluators").GetByLabel(evaluator, new() { Exact = true }).CheckAsync();
        await coordinator.GetByTestId("assign").ClickAsync();
        await Expect(coordinator.GetByTestId("saved")).ToHaveTextAsync("The evaluators were assigned.");
        await Expect(coordinator.Locator("#evaluators").GetByLabel(evaluator, new() { Exact = true })).ToBeCheckedAsync();
        await Screenshot(coordinator, "assigned");
    }

    /// <summary>
    /// The evaluator finds the application among those assigned to them and scores each criterion
    /// (<paramref name="scores"/> in the order of <see cref="Criteria"/>); their sheet shows the total.
    /// </summary>
    public static async Task ScoreAsync(IPage evaluator, string applicationId, string title, params int[] scores)
    {
        await evaluator.GotoAsync("/applications");
        await Expect(evaluator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Applications assigned to me");
        await evaluator.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await Expect(evaluator).ToHaveURLAsync(new Regex(Regex.Escape($"/applications/{applicationId}") + "$"));
        for (var i = 0; i < scores.Length; i++)
        {
            await evaluator.Locator($"#scores-{i}-score").FillAsync(scores[i].ToString(CultureInfo.InvariantCulture));
        }

        await evaluator.GetByTestId("score").ClickAsync();
        await Expect(evaluator.GetByTestId("saved")).ToHaveTextAsync("Your scores were recorded.");
        await Expect(evaluator.GetByTestId("sheet-total").First).ToHaveTextAsync(scores.Sum().ToString(CultureInfo.InvariantCulture));
        await Screenshot(evaluator, "scored");
    }

    /// <summary>
    /// The coordinator ticks the application in the call's ranking and funds it; the application
    /// then links its funded action, whose page names it.
    /// </summary>
    /// <returns>The funded action's id and name (the application's title).</returns>
    public static async Task<(string Id, string Name)> SelectAsync(IPage coordinator, string callId, string applicationId, string title)
    {
        await coordinator.GotoAsync($"/calls/{callId}");
        await Expect(coordinator.Locator($"[data-testid=ranked][data-application={applicationId}]")).ToBeVisibleAsync();
        await Screenshot(coordinator, "ranking");
        await coordinator.Locator($"#select-{applicationId}").CheckAsync();
        await coordinator.GetByTestId("select").ClickAsync();
        await Expect(coordinator.GetByTestId("saved")).ToHaveTextAsync("The selected applications are funded actions now.");
        await Screenshot(coordinator, "selected");

        await coordinator.GotoAsync($"/applications/{applicationId}");
        await Expect(coordinator.GetByTestId("application-status")).ToHaveTextAsync("selected");
        var href = await coordinator.GetByTestId("funded-action").GetAttributeAsync("href") ?? string.Empty;
        Assert.StartsWith("/actions/", href);
        await coordinator.GetByTestId("funded-action").ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title);
        return (href["/actions/".Length..], title);
    }

    /// <summary>The application's id from the page's address, "/applications/{id}?…".</summary>
    public static string ApplicationId(IPage page) => new Uri(page.Url).AbsolutePath.Split('/')[^1];

    /// <summary>Waits for the post's redirect; when the page stayed (a refusal), fails with what the page says.</summary>
    private static async Task SentAsync(IPage page, Regex next)
    {
        try
        {
            await page.WaitForURLAsync(next);
        }
        catch (TimeoutException)
        {
            var said = await page.Locator("main").InnerTextAsync();
            Assert.Fail($"The form at {page.Url} was not taken: {said}");
        }
    }

    private static Task Screenshot(IPage page, string step) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"calls-{step}-desktop-en.png"), FullPage = true });
}
