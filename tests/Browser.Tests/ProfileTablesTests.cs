using Mc2cm.Browser.Tests.Flows;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The draft editor's two table sections, access to services and stakeholders, as a city's person
/// uses them. They run on Lisbon, whose profile no other test writes, with its local expert.
/// </summary>
public sealed class ProfileTablesTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    private const string City = "lisbon";

    [Fact]
    public async Task A_citys_access_to_services_and_stakeholders_are_saved_section_by_section_and_published()
    {
        var expert = await People.SignInAsync(Portal, await NewContextAsync(), People.LisbonExpert);
        Directory.CreateDirectory(BrowserReport.ScreenshotFolder);

        await ProfileSteps.OpenDraftAsync(expert, City);
        await ProfileSteps.DescribeServiceAccessAsync(expert, City, "Health", ["Full", "Partial", "Full", "Full"],
            "The national health service treats everyone; migrants without papers pay for care beyond emergencies.", "profile-access");
        await ProfileSteps.AddStakeholderAsync(expert, City, "Alto Comissariado para as Migrações", "NationalAuthority",
            "Runs the national support centres for migrants.", ["CLAIM network", "Mentors for migrants"], "profile-stakeholder");

        // Saving the stakeholders left the access table as it was.
        var overview = expert.Locator("[data-testid=draft-section][data-section=access_to_services] [data-testid=section-rows]");
        await Expect(overview).ToContainTextAsync("Health");
        await expert.GotoAsync($"/profiles/{City}/draft/access_to_services");
        await Expect(expert.Locator("[data-testid=service-area][data-area=Health] select").Nth(1)).ToHaveValueAsync("Partial");

        await ProfileSteps.SubmitAsync(expert, City);
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        await ProfileSteps.PublishAsync(coordinator, City);
        var reader = await (await NewContextAsync()).NewPageAsync();
        await reader.GotoAsync($"/profiles/{City}");
        await Expect(reader.GetByTestId("section-services").GetByTestId("access-table")).ToContainTextAsync("Partial access");
        await Expect(reader.GetByTestId("section-services")).ToContainTextAsync("migrants without papers pay");
        await Expect(reader.GetByTestId("section-stakeholders")).ToContainTextAsync("Alto Comissariado para as Migrações");
        await Expect(reader.GetByTestId("section-stakeholders")).ToContainTextAsync("CLAIM network; Mentors for migrants");
        await reader.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "profile-tables-published-desktop-en.png"), FullPage = true });
    }

    [Fact]
    public async Task A_stakeholder_without_a_name_is_refused_beside_the_field_in_french_with_the_typing_kept()
    {
        var expert = await People.SignInAsync(Portal, await NewContextAsync(), People.LisbonExpert);
        await expert.GotoAsync($"/profiles/{City}/draft/stakeholders?lang=fr");
        var row = expert.Locator("[data-testid=stakeholder-row][data-blank]").First;
        var index = await row.GetAttributeAsync("data-row");
        await row.Locator("select[name$='.Type']").SelectOptionAsync("CivilSociety");
        await row.Locator("textarea[lang=en]").FillAsync("Legal aid for newcomers");
        await row.Locator("textarea[name$='.Programmes']").FillAsync("Legal clinic");

        await expert.GetByTestId("save-section").ClickAsync();

        var field = $"content.stakeholders[{index}].name";
        await Expect(expert.Locator($"[data-testid=field-error][data-field='{field}']")).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(expert.Locator($"#content-stakeholders-{index}-name")).ToHaveAttributeAsync("aria-describedby", $"content-stakeholders-{index}-name-error");
        await Expect(expert.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(expert.Locator($"#content-stakeholders-{index}-role-en")).ToHaveValueAsync("Legal aid for newcomers");
        await Expect(expert.Locator($"#content-stakeholders-{index}-programmes")).ToHaveValueAsync("Legal clinic");
        await Expect(expert.Locator($"#content-stakeholders-{index}-type")).ToHaveValueAsync("CivilSociety");
        await expert.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "profile-stakeholder-refused-desktop-fr.png"), FullPage = true });
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(expert));

        await expert.GotoAsync($"/profiles/{City}/draft/stakeholders");
        await Expect(expert.Locator("[data-testid=stakeholder-row] textarea[lang=en]").Filter(new() { HasText = "Legal aid for newcomers" })).ToHaveCountAsync(0);
    }

    [Fact]
    public Task The_access_to_services_form_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-access-to-services", $"/profiles/{City}/draft/access_to_services", async page =>
            await Expect(page.GetByTestId("service-area")).ToHaveCountAsync(6), user: People.LisbonExpert);

    [Fact]
    public Task The_stakeholders_form_passes_its_checks() =>
        PageCheck.CheckAsync(Portal, "profile-stakeholders", $"/profiles/{City}/draft/stakeholders", async page =>
            await Expect(page.GetByTestId("stakeholder-row").First).ToBeVisibleAsync(), user: People.LisbonExpert);
}
