using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// Signing in and out as a person does: the portal's "Sign in" link leads to the issuer's login
/// page, the person types a user name and password there, and comes back signed in to the page
/// they left; signing out ends the issuer's session too, so the next sign-in asks again.
/// The dev users' passwords are "dev-" and the user name (identity/).
/// </summary>
public sealed class SignInTests(PortalSuite portal) : BrowserTest(portal, "flow")
{
    [Theory]
    [InlineData("coordinator", "Partner coordinator (ICMPD)", "Coordinator", null)]
    [InlineData("tunis-focal-point", "Focal point of Tunis", "City focal point", "Tunis")]
    public async Task Signs_in_at_the_issuer_and_out_again(string user, string name, string role, string? city)
    {
        var page = await OpenAsync("/cities");
        var header = page.GetByRole(AriaRole.Banner);

        await header.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await SignInAtTheIssuerAsync(page, user);

        // Back on the page the person left, signed in: the header names them, their role and city.
        await Expect(page).ToHaveURLAsync(new Uri(Portal.Address, "/cities").ToString());
        await Expect(header).ToContainTextAsync(name);
        await Expect(header).ToContainTextAsync(role);
        if (city is not null)
        {
            await Expect(header.GetByTestId("user-city")).ToHaveTextAsync(city); // the name, not the id "tunis"
        }

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"signed-in-{user}-desktop-en.png") });
        Assert.Empty(await PageCheck.SeriousAxeViolationsAsync(page));

        await header.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(Portal.Address.GetLeftPart(UriPartial.Authority))));
        await Expect(header.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await Expect(header).Not.ToContainTextAsync(name);

        // The issuer's session ended with the portal's: signing in again asks for the password.
        await header.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Password", new() { Exact = true })).ToBeVisibleAsync();
        Assert.False(Portal.IsOwnOrigin(page.Url), $"The password is asked on the issuer's page, not the portal's ({page.Url}).");
    }

    private async Task SignInAtTheIssuerAsync(IPage page, string user)
    {
        var password = page.GetByLabel("Password", new() { Exact = true });
        await Expect(password).ToBeVisibleAsync();
        Assert.False(Portal.IsOwnOrigin(page.Url), $"The login page is the issuer's, not the portal's ({page.Url}).");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, "issuer-login-desktop-en.png") });

        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(user);
        await password.FillAsync($"dev-{user}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }
}
