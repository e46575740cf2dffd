using Mc2cm.Browser.Tests.Flows;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// A meeting's cycle in the portal, each step by its role (Flows/MeetingSteps), on a meeting of
/// the test's own; and the forms' behaviour: a refused post in French, a stale step, the wrong
/// role's crafted post.
/// </summary>
public sealed class MeetingFlowTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task A_meeting_goes_from_planned_to_reported_and_its_waiting_list_moves_up()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var focalPoint = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint);
        var title = $"Meeting cycle {Guid.NewGuid():N}"[..22];

        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, title, capacity: 1);
        await MeetingSteps.ConfirmAsync(coordinator, meeting);
        await MeetingSteps.RegisterAsync(focalPoint, meeting, "Amal Ben Salah", $"amal.{meeting}@example.org");
        var second = await MeetingSteps.RegisterAsync(focalPoint, meeting, "Karim Trabelsi", $"karim.{meeting}@example.org", waitlisted: true, position: 1);
        await MeetingSteps.ExpectWaitingListAsync(coordinator, meeting, "registered", "waitlisted");
        await MeetingSteps.ExpectOwnRegistrationsAsync(focalPoint, meeting, ("Amal Ben Salah", "registered"), ("Karim Trabelsi", "waitlisted"));

        // The registrations are personal data: another city's focal point is shown none of them.
        var sfax = await People.SignInAsync(Portal, await NewContextAsync(), People.SfaxFocalPoint);
        await MeetingSteps.ExpectOwnRegistrationsAsync(sfax, meeting);

        await MeetingSteps.CancelRegistrationAsync(focalPoint, meeting, "Amal Ben Salah");
        await MeetingSteps.ExpectOwnRegistrationsAsync(focalPoint, meeting, ("Amal Ben Salah", "cancelled"), ("Karim Trabelsi", "registered"));
        await MeetingSteps.ExpectRegistrationStateAsync(focalPoint, second, "Has a seat");
        await MeetingSteps.ExpectWaitingListAsync(coordinator, meeting, "cancelled", "registered");
        await PageCheck.CheckAsync(Portal, "meeting-own-registrations", $"/meetings/{meeting}", user: People.TunisFocalPoint);

        await MeetingSteps.MarkHeldAsync(coordinator, meeting);
        var (recommendation, text) = await MeetingSteps.AdoptOutcomesAsync(coordinator, meeting, "Open a one-stop shop for newcomers in every member city.");

        // Adopted, the recommendation is the meeting's own and readable by anyone (so a city may cite it).
        Assert.Equal($"recommendations/{meeting}-1", recommendation);
        var reader = await OpenAsync($"/meetings/{meeting}");
        await Expect(reader.GetByTestId("meeting-state")).ToHaveTextAsync("Held, outcomes adopted");
        Assert.Contains(text, await coordinator.GetByTestId("adopted").InnerTextAsync());
    }

    [Fact]
    public async Task A_refused_meeting_says_why_beside_the_fields_in_french_and_keeps_the_typing()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var id = MeetingSteps.NewMeetingId("refused");
        await coordinator.GotoAsync("/meetings/new?lang=fr");
        await coordinator.Locator("#meeting-display_name-en").FillAsync("Réunion sans dates");
        await coordinator.Locator("#meeting_id").FillAsync(id);
        await coordinator.Locator("#meeting-kind").SelectOptionAsync("Other");
        await coordinator.Locator("#meeting-location").FillAsync("En ligne");
        await coordinator.GetByTestId("create-meeting").ClickAsync();

        var error = coordinator.Locator("[data-testid=field-error][data-field='meeting.start_date']");
        await Expect(error).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(coordinator.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(coordinator.Locator("#meeting-start_date")).ToHaveAttributeAsync("aria-describedby", "meeting-start_date-error");
        await Expect(coordinator.Locator("#meeting-display_name-en")).ToHaveValueAsync("Réunion sans dates");
        await Expect(coordinator.Locator("#meeting-location")).ToHaveValueAsync("En ligne");
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "meeting-refused-desktop-fr.png"), FullPage = true });
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(coordinator));

        var response = await coordinator.GotoAsync($"/meetings/{id}");
        Assert.Equal(404, response?.Status);
    }

    [Fact]
    public async Task A_step_on_a_meeting_changed_meanwhile_shows_the_current_version_and_writes_nothing()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var focalPoint = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint);
        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, "Stale step meeting", capacity: 5);

        // The coordinator's page is open; meanwhile a registration changes the meeting (its etag).
        await coordinator.GotoAsync($"/meetings/{meeting}/manage");
        await MeetingSteps.RegisterAsync(focalPoint, meeting, "Sami Gharbi", $"sami.{meeting}@example.org");
        await coordinator.GetByTestId("confirm-meeting").ClickAsync();

        await Expect(coordinator.GetByTestId("stale-notice")).ToBeVisibleAsync();
        await Expect(coordinator.GetByTestId("current-version")).ToContainTextAsync("1 of 5 taken");
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Planned");
        await coordinator.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "meeting-stale-desktop-en.png"), FullPage = true });

        // Confirming again is the coordinator's choice, now with the current version.
        await coordinator.GetByTestId("confirm-meeting").ClickAsync();
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Confirmed");
    }

    [Fact]
    public async Task A_citys_crafted_posts_to_the_coordinators_forms_are_refused_and_nothing_changes()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var focalPoint = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint);
        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, "Crafted post meeting", capacity: 0);

        await focalPoint.GotoAsync($"/meetings/{meeting}/manage");
        await Expect(focalPoint.GetByTestId("confirm-meeting")).ToHaveCountAsync(0);
        var (status, html) = await People.PostFormAsync(focalPoint, $"/meetings/{meeting}/manage", "confirm-meeting",
            new Dictionary<string, string> { ["Confirm.Submission"] = Guid.NewGuid().ToString("N") });
        Assert.Equal(200, status);
        Assert.Contains("Your role may not do this. Nothing was saved.", html);
        await coordinator.GotoAsync($"/meetings/{meeting}/manage");
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Planned");

        var city = MeetingSteps.NewMeetingId("crafted");
        await focalPoint.GotoAsync("/cities/new");
        (status, html) = await People.PostFormAsync(focalPoint, "/cities/new", "new-city", new Dictionary<string, string>
        {
            ["Form.Submission"] = Guid.NewGuid().ToString("N"), ["Form.Id"] = city, ["Form.DisplayName.En"] = "Crafted",
            ["Form.CountryCode"] = "TN", ["Form.Region"] = "NorthAfrica",
        });
        Assert.Contains("Your role may not do this. Nothing was saved.", html);
        Assert.Equal(404, (await focalPoint.GotoAsync($"/cities/{city}"))?.Status);
    }
}
