using Mc2cm.Browser.Tests.Flows;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The forms of meetings, cities and the "my work" page, each checked signed in (axe in English
/// and Arabic, phone and desktop, no sideways scroll), on data of the test's own.
/// </summary>
public sealed class DialogueFormPageTests(PortalSuite portal) : BrowserTest(portal, "page")
{
    [Fact]
    public async Task Meeting_forms_pass_the_page_check()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, "Page check meeting", capacity: 1);
        var registration = await MeetingSteps.RegisterAsync(coordinator, meeting, "Leila Mansour", $"leila.{meeting}@example.org");

        await PageCheck.CheckAsync(Portal, "meeting-new", "/meetings/new", user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("create-meeting")).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "meeting-manage", $"/meetings/{meeting}/manage?do=outcomes", user: People.Coordinator,
            inEnglish: async page =>
            {
                await Expect(page.GetByTestId("confirm-meeting")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("adopt-outcomes")).ToBeVisibleAsync();
            });
        await PageCheck.CheckAsync(Portal, "meeting-reschedule", $"/meetings/{meeting}/manage?do=reschedule", user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("reschedule-meeting")).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "meeting-registrations", $"/meetings/{meeting}/registrations", user: People.Coordinator,
            inEnglish: async page =>
            {
                await Expect(page.GetByTestId("full-notice")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("registration")).ToHaveCountAsync(1);
            });
        await PageCheck.CheckAsync(Portal, "meeting-registration", registration, user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("cancel-registration")).ToBeVisibleAsync());
    }

    [Fact]
    public async Task City_forms_pass_the_page_check()
    {
        await PageCheck.CheckAsync(Portal, "city-new", "/cities/new", user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("create-city")).ToBeVisibleAsync());
        // Read only: the page of a seeded member city, with its leave form (nothing is posted).
        await PageCheck.CheckAsync(Portal, "city-membership", "/cities/lisbon/membership", user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("memberships")).Not.ToBeEmptyAsync());
    }

    [Fact]
    public async Task My_work_passes_the_page_check() =>
        await PageCheck.CheckAsync(Portal, "my-work", "/work", user: People.Coordinator,
            inEnglish: page => Expect(page.GetByTestId("page-heading")).ToHaveTextAsync("My work"));
}
