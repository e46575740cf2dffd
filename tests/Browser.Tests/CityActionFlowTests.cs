using Mc2cm.Browser.Tests.Flows;
using Mc2cm.Contracts.Action.V1;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// A city's own action work in the browser, on a city of these tests' own (<see cref="CityActionData"/>),
/// played by the coordinator, who may write for any city (no dev user works for a new city): a
/// priority proposed from the profile's candidate with its evidence and adopted, progress reported
/// and shown on the public page, the stakeholder group kept; a refusal in French keeps the typing,
/// a stale edit shows the current version, and the wrong city's focal point is refused.
/// </summary>
public sealed class CityActionFlowTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    // One city for the class (preparing it takes a publication and a call through the broker).
    private static Task<CityActionCase>? s_case;
    private static readonly Lock Gate = new();

    private Task<CityActionCase> CaseAsync()
    {
        lock (Gate)
        {
            return s_case ??= CityActionData.PrepareAsync(Portal, CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_priority_is_proposed_from_a_candidate_with_evidence_adopted_and_an_action_reports_progress()
    {
        var city = await CaseAsync();
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);

        var priority = await CityActionSteps.ProposePriorityFromCandidateAsync(page, city.CityId, city.CandidateText);
        await CityActionSteps.AdoptPriorityAsync(page, priority, "Municipal council of Sousse");
        await CityActionSteps.ReportProgressAsync(page, city.ActionId, 35, "The reception desk opened its doors.");

        // Anyone reading the public page sees it too.
        var reader = await OpenAsync($"/actions/{city.ActionId}");
        await CityActionSteps.ExpectPublicProgressAsync(reader, city.ActionId, 35, "The reception desk opened its doors.");
        await Expect(reader.GetByTestId("follow-up")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_refused_proposal_shows_the_message_in_french_beside_the_field_and_keeps_the_typing()
    {
        var city = await CaseAsync();
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var before = await CountPrioritiesAsync(city.CityId);

        await page.GotoAsync($"/cities/{city.CityId}/priorities?lang=fr");
        var form = page.GetByTestId("propose-priority");
        // No candidate and no text of its own: the priority's text is required.
        await form.Locator("#priority-theme").FillAsync("logement-social");
        await form.Locator("#priority-text-fr").FillAsync("Un texte en français seulement");
        await form.GetByRole(AriaRole.Button, new() { Name = "Proposer la priorité" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToBeVisibleAsync();
        await Expect(form.Locator("[data-testid=field-error][data-field^='priority.text']").First).ToContainTextAsync("Ce champ est obligatoire.");
        await Expect(form.Locator("#priority-theme")).ToHaveValueAsync("logement-social");
        await Expect(form.Locator("#priority-text-fr")).ToHaveValueAsync("Un texte en français seulement");
        await Screens.ShotAsync(page, "cityaction-refused-fr");
        Assert.Equal(before, await CountPrioritiesAsync(city.CityId));
    }

    [Fact]
    public async Task A_stale_edit_of_a_priority_shows_the_current_version_and_keeps_the_typing()
    {
        var city = await CaseAsync();
        using var channel = Portal.Suite.GatewayGrpc();
        var priorities = new PrioritiesService.PrioritiesServiceClient(channel);
        var created = (await priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority { City = $"cities/{city.CityId}", Text = new() { En = "Language courses for adults" } },
        }, cancellationToken: Ct)).Priority;
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, Links(created.Name));

        // Someone else changes it while the page is open.
        await priorities.UpdatePriorityAsync(new UpdatePriorityRequest
        {
            Priority = new Priority { Name = created.Name, Etag = created.Etag, Text = new() { En = "Language and civic courses for adults" } },
            UpdateMask = new Google.Protobuf.WellKnownTypes.FieldMask { Paths = { "text" } },
        }, cancellationToken: Ct);
        var form = page.GetByTestId("edit-priority");
        await form.Locator("#priority-text-en").FillAsync("Evening language courses for adults");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var notice = page.GetByTestId("stale-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice.GetByTestId("current-version")).ToContainTextAsync("Language and civic courses for adults");
        await Expect(page.GetByTestId("edit-priority").Locator("#priority-text-en")).ToHaveValueAsync("Evening language courses for adults");
        await Screens.ShotAsync(page, "cityaction-stale");
        var stored = (await priorities.GetPriorityAsync(new GetPriorityRequest { Name = created.Name }, cancellationToken: Ct)).Priority;
        Assert.Equal("Language and civic courses for adults", stored.Text.En);

        // Saving again is the person's choice, with the current version's etag.
        await page.GetByTestId("edit-priority").GetByRole(AriaRole.Button, new() { Name = "Save my version" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("page-heading")).ToHaveTextAsync("Evening language courses for adults");
    }

    [Fact]
    public async Task Another_citys_focal_point_sees_no_form_and_a_crafted_proposal_is_refused()
    {
        var city = await CaseAsync();
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.SfaxFocalPoint, $"/cities/{city.CityId}/priorities");
        await Expect(page.GetByTestId("propose-priority")).ToHaveCountAsync(0);
        var before = await CountPrioritiesAsync(city.CityId);

        var (status, html) = await People.PostFormAsync(page, $"/cities/{city.CityId}/priorities", "propose-priority", new Dictionary<string, string>
        {
            ["Form.Submission"] = Guid.NewGuid().ToString("N"),
            ["Form.Text.En"] = "A priority Sfax may not propose for another city",
        });

        Assert.Equal(200, status);
        Assert.Contains("Your role may not do this. Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Equal(before, await CountPrioritiesAsync(city.CityId));
    }

    [Fact]
    public async Task The_stakeholder_group_is_set_up_with_a_member_and_records_a_workshop()
    {
        var city = await CaseAsync();
        var page = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator, $"/cities/{city.CityId}/stakeholder-group");
        await Expect(page.GetByTestId("no-group")).ToBeVisibleAsync();

        var members = page.GetByTestId("group-members");
        await members.Locator("#member-0-organisation").FillAsync("Municipality of Sousse, social affairs");
        await members.Locator("#member-0-type").SelectOptionAsync(new SelectOptionValue { Label = "City department" });
        await members.Locator("#member-0-role").FillAsync("Chairs the group");
        await members.GetByRole(AriaRole.Button, new() { Name = "Set up the group" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("member")).ToHaveTextAsync("Municipality of Sousse, social affairs · City department · Chairs the group");

        var workshop = page.GetByTestId("record-workshop");
        await workshop.GetByLabel("Held on").FillAsync(DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await workshop.GetByLabel("Participants").FillAsync("24");
        await workshop.Locator("#workshop-outcome-en").FillAsync("A first map of the services for newcomers.");
        await workshop.GetByRole(AriaRole.Button, new() { Name = "Record a workshop" }).ClickAsync();
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The workshop was recorded.");
        await Expect(page.GetByTestId("workshop")).ToContainTextAsync("A first map of the services for newcomers.");
        await Expect(page.GetByTestId("workshop")).ToContainTextAsync("24");
        await Screens.ShotAsync(page, "cityaction-group");
    }

    [Fact]
    public async Task The_city_action_form_pages_pass_the_page_check_signed_in()
    {
        var city = await CaseAsync();
        using var channel = Portal.Suite.GatewayGrpc();
        var priority = (await new PrioritiesService.PrioritiesServiceClient(channel).CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority { City = $"cities/{city.CityId}", Text = new() { En = "Housing for newcomers" } },
        }, cancellationToken: Ct)).Priority;

        await PageCheck.CheckAsync(Portal, "city-priorities", "/cities/tunis/priorities", user: People.TunisFocalPoint,
            inEnglish: async p => await Expect(p.GetByTestId("propose-priority")).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "priority", Links(priority.Name), user: People.Coordinator,
            inEnglish: async p => await Expect(p.GetByTestId("adopt-priority")).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "stakeholder-group", "/cities/tunis/stakeholder-group", user: People.TunisFocalPoint,
            inEnglish: async p => await Expect(p.GetByTestId("record-workshop")).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "action-follow-up", $"/actions/{city.ActionId}/edit", user: People.Coordinator,
            inEnglish: async p => await Expect(p.GetByTestId("report-progress")).ToBeVisibleAsync());
    }

    private static string Links(string resourceName) => "/" + resourceName;

    private async Task<int> CountPrioritiesAsync(string cityId)
    {
        using var channel = Portal.Suite.GatewayGrpc();
        return (await new PrioritiesService.PrioritiesServiceClient(channel).ListPrioritiesAsync(new ListPrioritiesRequest { City = cityId, PageSize = 100 }, cancellationToken: Ct)).Priorities.Count;
    }
}
