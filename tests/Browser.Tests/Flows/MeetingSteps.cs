using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>
/// A meeting's cycle as its people play it in the portal, one public step each: the page is
/// already signed in as the right person (coordinator, or a city's focal point or expert), each
/// step asserts what that person sees and leaves a screenshot ("meeting-&lt;step&gt;-desktop-en.png").
/// </summary>
public static class MeetingSteps
{
    /// <summary>A fresh meeting id for a test's own meeting.</summary>
    public static string NewMeetingId(string prefix = "bt") => $"{prefix}-{Guid.NewGuid():N}"[..24];

    /// <summary>
    /// The coordinator schedules an online meeting (no host: no city's membership involved) that
    /// began yesterday, so it may be marked held today; returns its id. The manage page shows it planned.
    /// </summary>
    public static async Task<string> CreateMeetingAsync(IPage coordinator, string title, int capacity, string? meetingId = null)
    {
        var id = meetingId ?? NewMeetingId();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await coordinator.GotoAsync("/meetings/new");
        await coordinator.Locator("#meeting-display_name-en").FillAsync(title);
        await coordinator.Locator("#meeting_id").FillAsync(id);
        await coordinator.Locator("#meeting-kind").SelectOptionAsync("Other");
        await coordinator.Locator("#meeting-location").FillAsync("Online");
        await coordinator.Locator("#meeting-start_date").FillAsync(Day(today.AddDays(-1)));
        await coordinator.Locator("#meeting-end_date").FillAsync(Day(today.AddDays(1)));
        await coordinator.Locator("#meeting-time_zone").FillAsync("UTC");
        await coordinator.Locator("#meeting-format").SelectOptionAsync("Online");
        await coordinator.Locator("#meeting-capacity").FillAsync(capacity.ToString(CultureInfo.InvariantCulture));
        await Shot(coordinator, "new");
        await coordinator.GetByTestId("create-meeting").ClickAsync();

        await Expect(coordinator).ToHaveURLAsync(new Regex($"/meetings/{id}/manage\\?done=created$"));
        await Expect(coordinator.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Planned");
        await Expect(coordinator.GetByTestId("page-heading")).ToContainTextAsync(title);
        return id;
    }

    /// <summary>The coordinator confirms the planned meeting.</summary>
    public static async Task ConfirmAsync(IPage coordinator, string meetingId)
    {
        await coordinator.GotoAsync($"/meetings/{meetingId}/manage");
        await coordinator.GetByTestId("confirm-meeting").ClickAsync();
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Confirmed");
        await Shot(coordinator, "confirmed");
    }

    /// <summary>
    /// A city's person registers a participant; returns the registration's address. When
    /// <paramref name="waitlisted"/>, the page said before the post that the seats were taken,
    /// and the registration is on the waiting list at <paramref name="position"/>.
    /// </summary>
    public static async Task<string> RegisterAsync(IPage cityPerson, string meetingId, string participant, string email, bool waitlisted = false, int position = 1)
    {
        await cityPerson.GotoAsync($"/meetings/{meetingId}/registrations");
        if (waitlisted)
        {
            await Expect(cityPerson.GetByTestId("full-notice")).ToContainTextAsync("waiting list");
        }

        await cityPerson.Locator("#registration-participant-display_name").FillAsync(participant);
        await cityPerson.Locator("#registration-participant-email").FillAsync(email);
        await cityPerson.GetByTestId("register-participant").ClickAsync();

        await Expect(cityPerson).ToHaveURLAsync(new Regex($"/meetings/{meetingId}/registrations/[^/?]+\\?done=registered$"));
        await Expect(cityPerson.GetByTestId("page-heading")).ToHaveTextAsync(participant);
        await ExpectRegistrationAsync(cityPerson, waitlisted ? $"Waiting list, number {position}" : "Has a seat");
        await Shot(cityPerson, waitlisted ? "waitlisted" : "registered");
        return new Uri(cityPerson.Url).AbsolutePath;
    }

    /// <summary>
    /// The person who registered people sees them on the meeting's page ("your registrations"), in
    /// the order made, by name and state ("registered", "waitlisted", "cancelled"); none when they made none.
    /// </summary>
    public static async Task ExpectOwnRegistrationsAsync(IPage cityPerson, string meetingId, params (string Participant, string State)[] registrations)
    {
        await cityPerson.GotoAsync($"/meetings/{meetingId}");
        await Expect(cityPerson.GetByTestId("page-heading")).ToBeVisibleAsync();
        var rows = cityPerson.GetByTestId("own-registration");
        await Expect(rows).ToHaveCountAsync(registrations.Length);
        for (var i = 0; i < registrations.Length; i++)
        {
            await Expect(rows.Nth(i).GetByTestId("participant")).ToHaveTextAsync(registrations[i].Participant);
            await Expect(rows.Nth(i)).ToHaveAttributeAsync("data-state", registrations[i].State);
        }
    }

    /// <summary>The person who registered a participant cancels that registration from their list on the meeting's page.</summary>
    public static async Task CancelRegistrationAsync(IPage cityPerson, string meetingId, string participant)
    {
        await cityPerson.GotoAsync($"/meetings/{meetingId}");
        var row = cityPerson.GetByTestId("own-registration").Filter(new() { HasText = participant });
        await row.GetByTestId("cancel-own-registration").ClickAsync();

        await Expect(cityPerson).ToHaveURLAsync(new Regex($"/meetings/{meetingId}\\?cancelled=[^/#]+"));
        await Expect(cityPerson.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(row).ToHaveAttributeAsync("data-state", "cancelled");
        await Expect(row.GetByTestId("cancel-own-registration")).ToHaveCountAsync(0);
        await Shot(cityPerson, "registration-cancelled");
    }

    /// <summary>A registration's page shows its state now (after a cancellation, the first waiting has a seat).</summary>
    public static async Task ExpectRegistrationStateAsync(IPage page, string registrationPath, string state)
    {
        await page.GotoAsync(registrationPath);
        await ExpectRegistrationAsync(page, state);
    }

    /// <summary>The coordinator's waiting list: the registrations in order with their states ("registered", "waitlisted", "cancelled").</summary>
    public static async Task ExpectWaitingListAsync(IPage coordinator, string meetingId, params string[] states)
    {
        await coordinator.GotoAsync($"/meetings/{meetingId}/registrations");
        var rows = coordinator.GetByTestId("registration");
        await Expect(rows).ToHaveCountAsync(states.Length);
        for (var i = 0; i < states.Length; i++)
        {
            await Expect(rows.Nth(i)).ToHaveAttributeAsync("data-state", states[i]);
        }

        await Shot(coordinator, "waiting-list");
    }

    /// <summary>The coordinator records that the meeting took place.</summary>
    public static async Task MarkHeldAsync(IPage coordinator, string meetingId)
    {
        await coordinator.GotoAsync($"/meetings/{meetingId}/manage");
        await coordinator.GetByTestId("mark-held").ClickAsync();
        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Held");
        await Shot(coordinator, "held");
    }

    /// <summary>
    /// The coordinator adopts the held meeting's outcomes: one recommendation to the cities.
    /// Returns the recommendation's name ("recommendations/…") and text, for a priority's evidence.
    /// </summary>
    public static async Task<(string Name, string Text)> AdoptOutcomesAsync(IPage coordinator, string meetingId, string recommendation)
    {
        await coordinator.GotoAsync($"/meetings/{meetingId}/manage?do=outcomes");
        await coordinator.Locator("#recommendations-0-text-en").FillAsync(recommendation);
        await coordinator.Locator("#r0-cities").CheckAsync();
        await coordinator.GetByTestId("adopt-outcomes").ClickAsync();

        await Expect(coordinator.GetByTestId("meeting-state")).ToHaveTextAsync("Held, outcomes adopted");
        var adopted = coordinator.GetByTestId("recommendation");
        await Expect(adopted).ToHaveCountAsync(1);
        await Expect(adopted).ToContainTextAsync(recommendation);
        await Shot(coordinator, "outcomes");
        var name = await adopted.GetAttributeAsync("data-name");
        Assert.StartsWith("recommendations/", name);
        return (name!, recommendation);
    }

    private static Task ExpectRegistrationAsync(IPage page, string state) =>
        Expect(page.GetByTestId("registration-state")).ToHaveTextAsync(state);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task Shot(IPage page, string step)
    {
        Directory.CreateDirectory(BrowserReport.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"meeting-{step}-desktop-en.png"), FullPage = true });
    }
}
