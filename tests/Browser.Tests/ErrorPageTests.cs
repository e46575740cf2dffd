using Aspire.Hosting.ApplicationModel;
using Mc2cm.Testing;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>The portal's error pages: an unknown city, meeting or action is a real 404; a gateway that is down is a 503 the portal recovers from by itself.</summary>
public sealed class ErrorPageTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    /// <summary>How long the portal may take to see the gateway gone, or back (its calls time out, its connections are retried).</summary>
    private static readonly TimeSpan GatewayChange = TimeSpan.FromSeconds(90);

    [Theory]
    [InlineData("/cities/atlantis")]
    [InlineData("/meetings/atlantis-2031")]
    [InlineData("/actions/atlantis-harbour")]
    public async Task Unknown_city_meeting_or_action_answers_404_with_the_not_found_page(string path)
    {
        var page = await (await NewContextAsync()).NewPageAsync();

        var response = await page.GotoAsync(path);

        Assert.Equal(404, response?.Status);
        await Expect(page.Heading()).ToHaveTextAsync("Page not found");
        await Expect(page.Link("Back to the home page")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Not_found_page_in_every_view()
    {
        await PageCheck.CheckAsync(Portal, "not-found", "/cities/atlantis", status: 404,
            inEnglish: async page => await Expect(page.Heading()).ToHaveTextAsync("Page not found"));
    }

    [Fact]
    public async Task Gateway_down_gives_the_unavailable_page_and_the_portal_recovers_by_itself()
    {
        var app = Portal.Suite.App;
        var page = await (await NewContextAsync()).NewPageAsync();
        Assert.Equal(200, (await page.GotoAsync("/"))?.Status);

        // On a busy machine the stop command can report a failure after its timeout while the process
        // goes all the same: what counts is the portal's answer, and the gateway is started again in any case.
        var stopped = await app.ResourceCommands.ExecuteCommandAsync("gateway", KnownResourceCommands.StopCommand, Ct);
        try
        {
            await Poll.UntilAsync(async () => (await page.GotoAsync("/"))?.Status == 503, GatewayChange,
                $"the home page to answer 503 with the gateway stopped (stop command: {stopped.Success} {stopped.Message})", Ct);
            await Expect(page.Heading()).ToHaveTextAsync("The portal cannot reach the network's data");
            await Expect(page.Link("Try again")).ToBeVisibleAsync();
            await PageCheck.CheckAsync(Portal, "gateway-unavailable", "/", status: 503);
        }
        finally
        {
            // A stop that DCP reported as failed can leave the resource in no known state (seen on a
            // loaded machine): the start is asked again until it is taken.
            await Poll.UntilAsync(async () => (await app.ResourceCommands.ExecuteCommandAsync("gateway", KnownResourceCommands.StartCommand, Ct)).Success,
                GatewayChange, "the gateway to take the start command", Ct);
        }

        // Nobody restarts the portal: its next pages work again once the gateway is back.
        await Poll.UntilAsync(async () => (await page.GotoAsync("/"))?.Status == 200, GatewayChange, "the home page to answer 200 again with the gateway back", Ct);
        await Expect(page.Heading()).ToHaveTextAsync("The network at a glance");
    }
}
