using Mc2cm.Browser.Tests.Flows;

namespace Mc2cm.Browser.Tests;

/// <summary>A refusal by a rule of one resource comes back in the page's language, beside its field.</summary>
public sealed class FieldReasonFormTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Fact]
    public async Task A_meeting_ending_before_it_starts_is_refused_in_french_beside_the_last_day_and_nothing_is_stored()
    {
        var coordinator = await People.SignInAsync(Portal, await NewContextAsync(), People.Coordinator);
        var id = MeetingSteps.NewMeetingId("reasons");

        await RefusalSteps.EndBeforeStartIsRefusedInFrenchAsync(coordinator, id);

        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(coordinator));
        var response = await coordinator.GotoAsync($"/meetings/{id}");
        Assert.Equal(404, response?.Status);
    }
}
