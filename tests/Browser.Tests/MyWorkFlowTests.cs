using Grpc.Core;
using Mc2cm.Browser.Tests.Flows;
using Mc2cm.Contracts.Knowledge.V1;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>Each role's "my work" page lists its own work, and only its own, each item leading to where it is done.</summary>
public sealed class MyWorkFlowTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task Each_role_sees_what_waits_for_it()
    {
        // The coordinator: a meeting that began yesterday and is not held waits to be reported.
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var meeting = await MeetingSteps.CreateMeetingAsync(coordinator, "My work meeting", capacity: 0);
        await coordinator.GotoAsync("/work");
        var toMarkHeld = coordinator.GetByTestId("work-meetingtomarkheld");
        await Expect(toMarkHeld.Locator($"[data-href='/meetings/{meeting}/manage']")).ToHaveCountAsync(1);
        await Expect(coordinator.GetByTestId("work-profiletostart")).ToHaveCountAsync(0);
        await Shot(coordinator, "coordinator");
        await toMarkHeld.Locator($"[data-href='/meetings/{meeting}/manage'] a").ClickAsync();
        // The item leads to the meeting's manage page, where its next step (planned: confirm) is.
        await Expect(coordinator.GetByTestId("confirm-meeting")).ToBeVisibleAsync();

        // Sfax's focal point: Sfax's profile while it is theirs to write (none is seeded; the profile
        // tests take it through review and publication, in whatever order the tests run), nothing
        // of the coordinator's.
        var sfaxWaits = await SfaxProfileIsTheirsToWriteAsync();
        var sfax = await People.SignInAsync(Portal, await NewContextAsync(), People.SfaxFocalPoint, "/work");
        var items = sfax.GetByTestId("work-item");
        await Expect(sfax.Locator("[data-testid=work-item][data-href='/profiles/sfax/draft']")).ToHaveCountAsync(sfaxWaits ? 1 : 0);
        await Expect(sfax.GetByTestId("work-meetingtomarkheld")).ToHaveCountAsync(0);
        foreach (var href in await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.href)"))
        {
            Assert.True(href.Contains("sfax", StringComparison.Ordinal), $"Sfax's focal point sees {href}, not Sfax's work.");
        }

        await Shot(sfax, "city");

        // An evaluator: only applications to score, never a city's or the coordinator's work.
        var evaluator = await People.SignInAsync(Portal, await NewContextAsync(), People.Evaluator1, "/work");
        foreach (var href in await evaluator.GetByTestId("work-item").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.href)"))
        {
            Assert.StartsWith("/applications/", href);
        }

        await Expect(evaluator.GetByTestId("page-heading")).ToHaveTextAsync("My work");
        await Shot(evaluator, "evaluator");
    }

    private async Task<bool> SfaxProfileIsTheirsToWriteAsync()
    {
        using var channel = Portal.Suite.GatewayGrpc();
        var profiles = new ProfilesService.ProfilesServiceClient(channel);
        try
        {
            var newest = (await profiles.ListProfileRevisionsAsync(new ListProfileRevisionsRequest { Name = "profiles/sfax", PageSize = 1 }, cancellationToken: Ct)).Revisions;
            return newest.Count == 0 || newest[0].State == ProfileState.Draft;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
        {
            return true;
        }
    }

    private static Task Shot(IPage page, string role) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"my-work-{role}-desktop-en.png"), FullPage = true });
}
