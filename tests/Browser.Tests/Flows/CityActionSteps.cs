using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests.Flows;

/// <summary>
/// A city's own action work as its people do it in the portal, step by step: each step takes a
/// page signed in as someone who works for the city (its focal point, a local expert, or a
/// coordinator), does the step as that person would, and checks what they then see. The
/// programme's whole cycle composes them (e.g. for Tunis after its profile is published and an
/// application of Tunis is selected).
/// </summary>
public static class CityActionSteps
{
    /// <summary>
    /// Proposes a priority of <paramref name="cityId"/> from the published profile's candidate
    /// whose text is <paramref name="candidateText"/>, with the first of the profile's findings
    /// and the first adopted recommendation ticked as evidence too when there are some. Returns
    /// the priority's address, "/priorities/{id}", where the page is left.
    /// </summary>
    public static async Task<string> ProposePriorityFromCandidateAsync(IPage page, string cityId, string candidateText)
    {
        await page.GotoAsync($"/cities/{cityId}/priorities");
        var form = page.GetByTestId("propose-priority");
        await form.GetByLabel("Start from a priority identified in the published profile").SelectOptionAsync(new SelectOptionValue { Label = candidateText });
        var picker = form.GetByTestId("evidence-picker");
        var findings = picker.Locator("[data-testid=evidence-choice][data-code^='finding|']");
        var recommendations = picker.Locator("[data-testid=evidence-choice][data-code^='recommendation|']");
        var picked = new List<string>();
        foreach (var choices in new[] { findings, recommendations })
        {
            if (await choices.CountAsync() > 0)
            {
                await choices.First.CheckAsync();
                picked.Add((await choices.First.GetAttributeAsync("data-code"))!);
            }
        }

        await Screens.ShotAsync(page, "cityaction-propose");
        await form.GetByRole(AriaRole.Button, new() { Name = "Propose the priority" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/priorities/[a-z0-9-]+\?proposed=1$"));
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The priority was proposed.");
        await Expect(page.GetByTestId("page-heading")).ToHaveTextAsync(candidateText);
        await Expect(page.GetByTestId("priority-facts").GetByTestId("priority-state")).ToHaveTextAsync("proposed");
        var evidence = page.GetByTestId("priority-facts").GetByTestId("priority-evidence");
        // The candidate itself is the first piece of evidence; the ticked ones follow.
        await Expect(evidence.Locator("li[data-code*='|priorities|']").First).ToBeVisibleAsync();
        foreach (var code in picked)
        {
            await Expect(evidence.Locator($"li[data-code='{code}']")).ToHaveCountAsync(1);
        }

        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Adopts the proposed priority at <paramref name="priorityPath"/>, adopted today by <paramref name="adoptedBy"/>; the priority is then adopted.</summary>
    public static async Task AdoptPriorityAsync(IPage page, string priorityPath, string adoptedBy)
    {
        await page.GotoAsync(priorityPath);
        var form = page.GetByTestId("adopt-priority");
        await form.GetByLabel("Adopted by").FillAsync(adoptedBy);
        await form.GetByRole(AriaRole.Button, new() { Name = "Adopt the priority" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(priorityPath) + @"\?adopted=1$"));
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The priority was adopted.");
        await Expect(page.GetByTestId("priority-facts").GetByTestId("priority-state")).ToHaveTextAsync("adopted");
        await Expect(page.GetByTestId("priority-facts")).ToContainTextAsync(adoptedBy);
        await Expect(page.GetByTestId("adopt-priority")).ToHaveCountAsync(0);
        await Screens.ShotAsync(page, "cityaction-adopted");
    }

    /// <summary>
    /// Reports progress on the funded action <paramref name="actionId"/> (in progress, at
    /// <paramref name="percent"/> %, with <paramref name="note"/>) from its follow-up page; the
    /// person lands on the action's public page, which shows the report.
    /// </summary>
    public static async Task ReportProgressAsync(IPage page, string actionId, int percent, string note)
    {
        await page.GotoAsync($"/actions/{actionId}");
        await page.GetByTestId("follow-up").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/actions/{Regex.Escape(actionId)}/edit$"));
        var form = page.GetByTestId("report-progress");
        await form.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "in progress" });
        await form.GetByLabel("Progress (%)").FillAsync(percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel("Note").FillAsync(note);
        await Screens.ShotAsync(page, "cityaction-report");
        await form.GetByRole(AriaRole.Button, new() { Name = "Report progress" }).ClickAsync();

        await ExpectPublicProgressAsync(page, actionId, percent, note);
        await Expect(page.GetByTestId("saved")).ToHaveTextAsync("The progress was reported.");
        await Screens.ShotAsync(page, "cityaction-reported");
    }

    /// <summary>The action's public page shows the progress: its state with the percentage, and the report with its note.</summary>
    public static async Task ExpectPublicProgressAsync(IPage page, string actionId, int percent, string note)
    {
        await Expect(page).ToHaveURLAsync(new Regex($"/actions/{Regex.Escape(actionId)}(\\?.*)?$"));
        await Expect(page.GetByTestId("action-facts")).ToContainTextAsync($"in progress · {percent} % done");
        await Expect(page.GetByTestId("progress-report").First).ToContainTextAsync(note);
        await Expect(page.GetByTestId("progress-report").First).ToContainTextAsync($"{percent} % done");
    }
}
