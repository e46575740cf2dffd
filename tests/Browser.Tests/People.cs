using System.Text.RegularExpressions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The programme's people as the browser tests play them: the identity's dev users (identity/
/// Users/SeededUsers.cs), each signing in as a person does, at the issuer's login page, with the
/// dev password "dev-" and the user name.
/// </summary>
public static class People
{
    public const string Coordinator = "coordinator";
    public const string TunisFocalPoint = "tunis-focal-point";
    public const string TunisExpert = "tunis-expert";
    public const string SfaxFocalPoint = "sfax-focal-point";
    public const string LisbonExpert = "lisbon-expert";
    public const string Evaluator1 = "evaluator-1";
    public const string Evaluator2 = "evaluator-2";

    /// <summary>
    /// Signs <paramref name="user"/> in within <paramref name="context"/> (its cookies) and returns a
    /// page back on the portal at <paramref name="returnPath"/>.
    /// </summary>
    public static async Task<IPage> SignInAsync(PortalSuite portal, IBrowserContext context, string user, string returnPath = "/")
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnPath)}");
        await page.GetByLabel("User name", new() { Exact = true }).FillAsync(user);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync($"dev-{user}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        var back = new Uri(portal.Address, returnPath).ToString();
        await page.WaitForURLAsync(new Regex("^" + Regex.Escape(back.Split('?')[0])));
        await Assertions.Expect(page.GetByTestId("user-box").GetByTestId("sign-out")).ToBeVisibleAsync();
        return page;
    }

    /// <summary>
    /// Posts a form of the page as a crafted request would (its fields as given, with the page's
    /// antiforgery token and the person's cookies), bypassing what the page offers: for tests that
    /// the services refuse a write the person's role may not do. Returns the answer's HTML.
    /// </summary>
    public static async Task<(int Status, string Html)> PostFormAsync(IPage page, string path, string formName, IDictionary<string, string> fields)
    {
        // Any form of the page (the header's sign-out form at least) has a token valid for this person.
        var token = await page.Locator("input[name=__RequestVerificationToken]").First.GetAttributeAsync("value")
            ?? throw new InvalidOperationException("The page has no antiforgery token.");
        var form = page.Context.APIRequest.CreateFormData();
        form.Set("_handler", formName);
        form.Set("__RequestVerificationToken", token);
        foreach (var (key, value) in fields)
        {
            form.Set(key, value);
        }

        var response = await page.Context.APIRequest.PostAsync(path, new() { Form = form });
        return (response.Status, await response.TextAsync());
    }

    /// <summary>What a form of the page would post now: its fields' names and values (FormData).</summary>
    public static Task<Dictionary<string, string>> FormFieldsAsync(ILocator form) =>
        form.EvaluateAsync<Dictionary<string, string>>("f => Object.fromEntries(new FormData(f))");
}
