using Mc2cm.Browser.Tests.Flows;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// A call's cycle in the portal, each step signed in as its role (<see cref="CallSteps"/>), on a
/// call of its own. The city is Tunis (its local expert), as in the programme's cycle; the calls
/// and applications are the test's own. Each form page passes the page check signed in.
/// </summary>
public sealed class CallFlowTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task A_call_from_creation_to_a_funded_action_within_its_budget()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var tunis = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisExpert);
        var evaluator = await People.SignInAsync(Portal, await NewContextAsync(), People.Evaluator1);
        var callId = CallSteps.NewCallId();

        var call = await CallSteps.CreateAndOpenCallAsync(coordinator, callId, $"Flow call {callId}", 60_000m, "PT", "TN");
        var title = $"Welcome desk {callId}";
        var application = await CallSteps.ApplyAsync(tunis, callId, "tunis", title, 40_000m);

        // A second application, from a civil-society applicant without the letter of support the call asks of it: one rule failed, by name.
        var unsupported = await CallSteps.SubmitApplicationAsync(tunis, callId, "tunis", $"Unsupported {callId}", 10_000m, "CivilSociety");
        await Expect(tunis.GetByTestId("eligibility-result")).ToHaveAttributeAsync("data-eligible", "false");
        await Expect(tunis.Locator("[data-testid=rule][data-rule=SUPPORT_LETTER_PRESENT]")).ToHaveAttributeAsync("data-passed", "false");
        await Expect(tunis.Locator("[data-testid=rule][data-rule=COUNTRY_ELIGIBLE]")).ToHaveAttributeAsync("data-passed", "true");

        await CallSteps.AssignEvaluatorAsync(coordinator, application, People.Evaluator1);
        await CallSteps.ScoreAsync(evaluator, application, title, 8, 7);

        // A third, eligible, asks more than the budget will have left once the first is funded.
        var tooMuch = await CallSteps.ApplyAsync(tunis, callId, "tunis", $"Too much {callId}", 30_000m);
        var (actionId, _) = await CallSteps.SelectAsync(coordinator, callId, application, title);
        Assert.StartsWith("act", actionId);

        await coordinator.GotoAsync(call);
        await Expect(coordinator.GetByTestId("budget-used")).ToContainTextAsync("40,000");
        await Expect(coordinator.GetByTestId("budget-left")).ToContainTextAsync("20,000");
        await coordinator.Locator($"#select-{tooMuch}").CheckAsync();
        await coordinator.GetByTestId("select").ClickAsync();
        await Expect(coordinator.GetByTestId("error-summary")).ToContainTextAsync("exceeds");
        await Expect(coordinator.GetByTestId("budget-left")).ToContainTextAsync("20,000");
        await coordinator.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "calls-over-budget-desktop-en.png"), FullPage = true });

        // The form pages, signed in as whom they serve.
        await PageCheck.CheckAsync(Portal, "call-new", "/calls/new", user: People.Coordinator);
        await PageCheck.CheckAsync(Portal, "call", call, user: People.Coordinator);
        await PageCheck.CheckAsync(Portal, "call-apply", $"{call}/apply", user: People.TunisExpert);
        await PageCheck.CheckAsync(Portal, "application", $"/applications/{unsupported}", user: People.TunisExpert);
        await PageCheck.CheckAsync(Portal, "application-assign", $"/applications/{tooMuch}", user: People.Coordinator);
        await PageCheck.CheckAsync(Portal, "application-score", $"/applications/{application}", user: People.Evaluator1);
        await PageCheck.CheckAsync(Portal, "applications-assigned", "/applications", user: People.Evaluator1);
    }

    [Fact]
    public async Task A_refused_call_says_why_beside_the_field_in_french_and_keeps_the_typing()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, "/calls/new?lang=fr");
        var callId = CallSteps.NewCallId();
        await CallSteps.FillCallAsync(coordinator, callId, "Titre gardé", 60_000m, "TN");
        await coordinator.Locator("#call-title-en").FillAsync(string.Empty);
        await coordinator.Locator("#call-objectives input[type=checkbox]").First.UncheckAsync();
        await coordinator.GetByTestId("create-call").ClickAsync();

        await Expect(coordinator.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("[data-testid=field-error][data-field='call.title.en']")).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(coordinator.Locator("#call_id")).ToHaveValueAsync(callId);
        await Expect(coordinator.Locator("#call-criteria-1-id")).ToHaveValueAsync(CallSteps.Criteria[1]);
        await Expect(coordinator.Locator("#call-eligible_countries input[value=TN]")).ToBeCheckedAsync();
        await Expect(coordinator.Locator("#call-objectives input[type=checkbox]").First).Not.ToBeCheckedAsync();
        await Expect(coordinator.Locator("#call-objectives input[type=checkbox]").Nth(1)).ToBeCheckedAsync();
        await coordinator.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "calls-refused-desktop-fr.png"), FullPage = true });

        // Nothing was stored.
        var response = await coordinator.GotoAsync($"/calls/{callId}");
        Assert.Equal(404, response?.Status);
    }

    [Fact]
    public async Task A_city_person_crafting_a_new_call_is_refused_and_nothing_is_stored()
    {
        var tunis = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint, "/calls");
        await Expect(tunis.GetByTestId("new-call")).ToHaveCountAsync(0);
        var callId = CallSteps.NewCallId();
        var (status, html) = await People.PostFormAsync(tunis, "/calls/new", "new-call", new Dictionary<string, string>
        {
            ["Form.Submission"] = Guid.NewGuid().ToString("N"),
            ["Form.Id"] = callId,
            ["Form.Number"] = "7",
            ["Form.Title.En"] = "Crafted call",
            ["Form.OpensOn"] = "2030-01-01",
            ["Form.ClosesOn"] = "2030-02-01",
            ["Form.MaxGrant.Amount"] = "1000",
            ["Form.MaxGrant.Currency"] = "EUR",
            ["Form.Objectives"] = "KnowledgeAndData",
            ["Form.ApplicantTypes"] = "LocalGovernment",
            ["Form.Criteria[0].Id"] = "relevance",
            ["Form.Criteria[0].Name.En"] = "Relevance",
            ["Form.Criteria[0].MaxScore"] = "10",
        });

        Assert.Equal(200, status);
        Assert.Contains("Your role may not do this. Nothing was saved.", html);
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var response = await coordinator.GotoAsync($"/calls/{callId}");
        Assert.Equal(404, response?.Status);
    }

    [Fact]
    public async Task Assigning_over_someone_elses_assignment_shows_theirs_and_saves_nothing()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var tunis = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisExpert);
        var callId = CallSteps.NewCallId();
        await CallSteps.CreateAndOpenCallAsync(coordinator, callId, $"Stale call {callId}", 100_000m, "TN");
        var application = await CallSteps.ApplyAsync(tunis, callId, "tunis", $"Stale {callId}", 5_000m);

        // Two coordinators on the same application: the second still has the version before the first's change.
        var second = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, $"/applications/{application}");
        await CallSteps.AssignEvaluatorAsync(coordinator, application, People.Evaluator1);
        await second.Locator("#evaluators").GetByLabel(People.Evaluator2, new() { Exact = true }).CheckAsync();
        await second.GetByTestId("assign").ClickAsync();

        await Expect(second.GetByTestId("stale-notice")).ToBeVisibleAsync();
        await Expect(second.GetByTestId("current-evaluators")).ToContainTextAsync(People.Evaluator1);
        await Expect(second.Locator("#evaluators").GetByLabel(People.Evaluator2, new() { Exact = true })).ToBeCheckedAsync();
        await second.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "calls-stale-desktop-en.png"), FullPage = true });
        await coordinator.GotoAsync($"/applications/{application}");
        await Expect(coordinator.Locator("#evaluators").GetByLabel(People.Evaluator2, new() { Exact = true })).Not.ToBeCheckedAsync();
    }
}
