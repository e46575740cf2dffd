using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>
/// Refusals by a rule of one resource (not a shared text rule), said in the page's language beside
/// the field they name: the service sends a reason and its values, the portal never reads its
/// English sentence. Each step leaves a screenshot ("refusal-&lt;step&gt;-desktop-en.png").
/// </summary>
public static class RefusalSteps
{
    /// <summary>
    /// The coordinator, on the French new-meeting page, gives a last day before the first: the
    /// service refuses (MUST_FOLLOW meeting.start_date) and the page says it in French beside the
    /// last day, naming the first day by its label, with nothing marked English and the typing kept.
    /// </summary>
    public static async Task EndBeforeStartIsRefusedInFrenchAsync(IPage coordinator, string meetingId)
    {
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        await coordinator.GotoAsync("/meetings/new?lang=fr");
        await coordinator.Locator("#meeting-display_name-en").FillAsync("Réunion à l’envers");
        await coordinator.Locator("#meeting_id").FillAsync(meetingId);
        await coordinator.Locator("#meeting-kind").SelectOptionAsync("Other");
        await coordinator.Locator("#meeting-location").FillAsync("En ligne");
        await coordinator.Locator("#meeting-start_date").FillAsync(Day(start));
        await coordinator.Locator("#meeting-end_date").FillAsync(Day(start.AddDays(-3)));
        await coordinator.GetByTestId("create-meeting").ClickAsync();

        var error = coordinator.Locator("[data-testid=field-error][data-field='meeting.end_date']");
        await Expect(error).ToHaveTextAsync("Ne peut pas précéder « Premier jour ».");
        await Expect(error.Locator("span")).ToHaveAttributeAsync("lang", "fr");
        // No message of the refusal falls back to the service's English sentence.
        await Expect(coordinator.Locator("[data-testid=error-summary] [lang=en], [data-testid=field-error] [lang=en]")).ToHaveCountAsync(0);
        await Expect(coordinator.GetByTestId("error-summary")).ToContainTextAsync("Dernier jour");
        await Expect(coordinator.Locator("#meeting-end_date")).ToHaveAttributeAsync("aria-describedby", "meeting-end_date-error");
        await Expect(coordinator.Locator("#meeting-display_name-en")).ToHaveValueAsync("Réunion à l’envers");
        await Expect(coordinator.Locator("#meeting-start_date")).ToHaveValueAsync(Day(start));
        await Expect(coordinator.Locator("#meeting-end_date")).ToHaveValueAsync(Day(start.AddDays(-3)));
        await Screens.ShotAsync(coordinator, "refusal-end-before-start");
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
