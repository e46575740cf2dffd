using Mc2cm.Browser.Tests.Flows;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The programme's whole cycle for Tunis, as its people play it in the portal, each step signed in
/// as its role (the steps are Flows/*Steps.cs): the profile is written, returned with a comment,
/// fixed and published; a meeting adopts a recommendation; the focal point proposes a priority from
/// the published profile's candidate, with its evidence, and adopts it; a call is opened, Tunis
/// applies and is eligible, evaluator-1 scores, the coordinator selects; the funded action shows on
/// Tunis's public page with its chain, and the progress Tunis reports shows there too.
/// </summary>
public sealed class ProgrammeCycleTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    private const string City = "tunis";

    [Fact]
    public async Task Tunis_goes_from_a_profile_draft_to_a_funded_action_and_reports_its_progress()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var tunis = await People.SignInAsync(Portal, await NewContextAsync(), People.TunisFocalPoint);
        var evaluator = await People.SignInAsync(Portal, await NewContextAsync(), People.Evaluator1);
        var reader = await (await NewContextAsync()).NewPageAsync();
        var stamp = Guid.NewGuid().ToString("N")[..8];

        // Knowledge: the focal point writes and submits; the coordinator returns it with a
        // comment; the focal point fixes and resubmits; the coordinator publishes.
        await ProfileSteps.OpenDraftAsync(tunis, City);
        await ProfileSteps.WriteSynopsisAsync(tunis, City, $"Tunis receives students and workers from sub-Saharan Africa ({stamp}).", "cycle-1-synopsis");
        var candidate = $"Reception of newcomers in the medina ({stamp})";
        await ProfileSteps.IdentifyPriorityAsync(tunis, City, candidate, "refugee-reception");
        await ProfileSteps.SubmitAsync(tunis, City, "cycle-2-submitted");
        var comment = $"Say where the student figures come from ({stamp}).";
        await ProfileSteps.ReturnWithCommentAsync(coordinator, City, comment, "cycle-3-returned");
        await ProfileSteps.SeeReturnedCommentAsync(tunis, City, comment, "cycle-4-comment-seen");
        var synopsis = $"Tunis receives students and workers from sub-Saharan Africa (ministry of higher education, {stamp}).";
        await ProfileSteps.WriteSynopsisAsync(tunis, City, synopsis);
        await ProfileSteps.SubmitAsync(tunis, City);
        await ProfileSteps.PublishAsync(coordinator, City, "cycle-5-published");
        await ProfileSteps.SeePublishedAsync(reader, City, stamp, "cycle-6-public-profile");

        // Dialogue: a meeting is held and adopts a recommendation, which a city may cite as evidence.
        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, $"Cycle meeting {stamp}", capacity: 10);
        await MeetingSteps.ConfirmAsync(coordinator, meeting);
        await MeetingSteps.MarkHeldAsync(coordinator, meeting);
        var (_, recommendation) = await MeetingSteps.AdoptOutcomesAsync(coordinator, meeting, $"Open a one-stop shop for newcomers ({stamp}).");

        // Action: the published profile's priority is a candidate once Action has heard of the
        // publication; the focal point proposes it with its evidence and adopts it.
        await WaitForTheCandidateAsync(candidate);
        await tunis.GotoAsync($"/cities/{City}/priorities");
        await Expect(tunis.GetByTestId("evidence-picker")).ToContainTextAsync(recommendation);
        var priority = await CityActionSteps.ProposePriorityFromCandidateAsync(tunis, City, candidate);
        await CityActionSteps.AdoptPriorityAsync(tunis, priority, "Municipal council of Tunis");

        // The call: created and opened, Tunis applies for its priority and is eligible,
        // evaluator-1 is assigned and scores, the coordinator selects within the budget.
        var callId = CallSteps.NewCallId();
        await CallSteps.CreateAndOpenCallAsync(coordinator, callId, $"Cycle call {stamp}", 60_000m, "TN");
        var title = $"Newcomers' desk in the medina {stamp}";
        var application = await CallSteps.ApplyAsync(tunis, callId, City, title, 40_000m, candidate);
        await CallSteps.AssignEvaluatorAsync(coordinator, application, People.Evaluator1);
        await CallSteps.ScoreAsync(evaluator, application, title, 9, 8);
        var (action, _) = await CallSteps.SelectAsync(coordinator, callId, application, title);

        // Public: the action is on Tunis's page, and its own page shows the whole chain.
        await reader.GotoAsync($"/cities/{City}");
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await reader.GotoAsync($"/actions/{action}");
        var chain = reader.GetByTestId("action-chain");
        await Expect(chain.GetByTestId("chain-priority")).ToContainTextAsync(candidate);
        await Expect(chain.GetByTestId("chain-action")).ToContainTextAsync(title);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "cycle-7-public-action-desktop-en.png"), FullPage = true });

        // Tunis reports progress; the public page shows it.
        var note = $"The desk opened its doors ({stamp}).";
        await CityActionSteps.ReportProgressAsync(tunis, action, 25, note);
        await reader.GotoAsync($"/actions/{action}");
        await CityActionSteps.ExpectPublicProgressAsync(reader, action, 25, note);
        await reader.ScreenshotAsync(new() { Path = Path.Combine(BrowserReport.ScreenshotFolder, "cycle-8-public-progress-desktop-en.png"), FullPage = true });
    }

    private async Task WaitForTheCandidateAsync(string text)
    {
        using var channel = Portal.Suite.GatewayGrpc();
        var priorities = new PrioritiesService.PrioritiesServiceClient(channel);
        await Poll.UntilAsync(
            async () => (await priorities.ListCandidatePrioritiesAsync(new ListCandidatePrioritiesRequest { City = City }, cancellationToken: Ct))
                .Candidates.Any(c => c.Text.En == text),
            Poll.ThroughTheBroker, "Tunis's candidate priority", Ct);
    }
}
