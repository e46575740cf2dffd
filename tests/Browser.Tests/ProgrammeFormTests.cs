using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The coordinators keep the programme's phases and partners: the pages in their four views, a
/// phase added, and one that overlaps phase II refused in French beside its first day, with the
/// typing kept.
/// </summary>
public sealed class ProgrammeFormTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task The_phases_page_passes_its_checks_signed_in() =>
        await PageCheck.CheckAsync(Portal, "phases", "/phases", async page =>
        {
            await Expect(page.GetByTestId("phase-list")).ToContainTextAsync("Phase II");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New phase" })).ToBeVisibleAsync();
        }, user: People.Coordinator);

    [Fact]
    public async Task The_phase_and_partner_pages_pass_their_checks_signed_in()
    {
        await PageCheck.CheckAsync(Portal, "phase", "/phases/phase-2", async page =>
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit the phase" })).ToBeVisibleAsync(), user: People.Coordinator);
        await PageCheck.CheckAsync(Portal, "partners", "/partners", async page =>
            await Expect(page.GetByTestId("partner-list")).ToContainTextAsync("ICMPD"), user: People.Coordinator);
        await PageCheck.CheckAsync(Portal, "partner", "/partners/icmpd", async page =>
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit the partner" })).ToBeVisibleAsync(), user: People.Coordinator);
    }

    [Fact]
    public async Task A_phase_is_added_and_one_overlapping_phase_two_comes_back_in_french_with_the_typing_kept()
    {
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, "/phases?lang=fr");
        var form = page.GetByTestId("new-phase");

        await form.GetByLabel("Identifiant").FillAsync("phase-essai");
        await form.GetByLabel("English").FillAsync("Trial phase");
        await form.GetByLabel("Premier jour").FillAsync("1990-01-01");
        await form.GetByLabel("Dernier jour").FillAsync("1990-12-31");
        await page.GetByTestId("create-phase").ClickAsync();
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("phase-list")).ToContainTextAsync("Trial phase");

        // Starts inside phase II (1 July 2018 to 31 March 2021): refused beside the first day, in
        // French, with the other phase's dates as the page writes them; what was typed is kept.
        await form.GetByLabel("Identifiant").FillAsync("phase-chevauchante");
        await form.GetByLabel("English").FillAsync("Overlapping phase");
        await form.GetByLabel("Français").FillAsync("Phase qui chevauche");
        await form.GetByLabel("Premier jour").FillAsync("2019-01-01");
        await page.GetByTestId("create-phase").ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=field-error][data-field='phase.start_date']"))
            .ToContainTextAsync("Chevauche une autre période, du 01/07/2018 au 31/03/2021.");
        await Expect(form.GetByLabel("Identifiant")).ToHaveValueAsync("phase-chevauchante");
        await Expect(form.GetByLabel("Français")).ToHaveValueAsync("Phase qui chevauche");
        await Expect(form.GetByLabel("Premier jour")).ToHaveValueAsync("2019-01-01");
        await Expect(form.GetByLabel("Premier jour")).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("phase-start_date-error"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "phases-refused-desktop-fr.png"), FullPage = true });
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(page));
        await Expect(page.GetByTestId("phase-list")).Not.ToContainTextAsync("Overlapping phase");
    }
}
