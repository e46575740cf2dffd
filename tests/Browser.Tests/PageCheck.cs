using Deque.AxeCore.Playwright;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// One page as its readers meet it: in English at desktop and at phone width, and in Arabic (right
/// to left) at both. Each view, in a fresh context: the expected status, a level-1 heading, no
/// serious or critical axe violation, no sideways scroll, every checkbox beside its label, every request to the portal's own origin
/// (nothing loaded from elsewhere), and a full-page screenshot in artifacts/screenshots/.
/// </summary>
public static class PageCheck
{
    private static readonly (Viewport Viewport, string Language)[] Views =
        [(Viewport.Desktop, "en"), (Viewport.Phone, "en"), (Viewport.Desktop, "ar"), (Viewport.Phone, "ar")];

    /// <param name="name">The page's name in the report and in the screenshots' file names.</param>
    /// <param name="inEnglish">What the page must show, checked in the English views.</param>
    /// <param name="user">A dev user to sign in as first (a page for people at work), else none.</param>
    public static async Task CheckAsync(PortalSuite portal, string name, string path, Func<IPage, Task>? inEnglish = null, int status = 200, string? user = null)
    {
        var problems = new List<string>();
        Directory.CreateDirectory(BrowserReport.ScreenshotFolder);
        foreach (var (viewport, language) in Views)
        {
            var view = $"{viewport.Name}-{language}";
            var context = await portal.NewContextAsync(viewport, storageState: user is null ? null : await portal.SignedInStateAsync(user));
            try
            {
                var page = await context.NewPageAsync();
                var requests = new List<string>();
                page.Request += (_, request) =>
                {
                    lock (requests)
                    {
                        requests.Add(request.Url);
                    }
                };

                var response = await page.GotoAsync(Languages.Address(path, language));
                var screenshot = Path.Combine(BrowserReport.ScreenshotFolder, $"{name}-{view}.png");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

                if (response?.Status != status)
                {
                    problems.Add($"{view}: status {response?.Status} (expected {status})");
                }

                var serious = await SeriousAxeViolationsAsync(page);
                problems.AddRange(serious.Select(v => $"{view}: {v}"));
                BrowserReport.PageViewed(name, view, serious.Count);

                problems.AddRange((await SidewaysScrollAsync(page, viewport)).Select(p => $"{view}: {p}"));
                problems.AddRange((await CheckboxesApartFromLabelsAsync(page)).Select(p => $"{view}: {p}"));
                lock (requests)
                {
                    problems.AddRange(requests.Where(url => !portal.IsOwnOrigin(url)).Select(url => $"{view}: loaded from outside the portal: {url}"));
                }

                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
                if (user is not null)
                {
                    // Still signed in: not the sign-in page, which has a heading too.
                    await Assertions.Expect(page.GetByTestId("user-box").GetByTestId("sign-out")).ToBeVisibleAsync();
                }

                if (language == "ar")
                {
                    await Languages.ExpectArabicAsync(page);
                }
                else if (inEnglish is not null)
                {
                    await inEnglish(page);
                }
            }
            finally
            {
                await context.CloseAsync();
            }
        }

        Assert.True(problems.Count == 0, $"The {name} page ({path}):{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    /// <summary>axe's serious and critical violations, one line each with the first elements at fault.</summary>
    public static async Task<List<string>> SeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"axe {v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
    }

    /// <summary>
    /// A page wider than the screen makes the reader scroll sideways (on a phone, the usual defect).
    /// The screen's own width counts too: a mobile browser zooms out over a page that is too wide,
    /// and then reports the widened viewport as innerWidth.
    /// </summary>
    private static async Task<IEnumerable<string>> SidewaysScrollAsync(IPage page, Viewport viewport)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, window.innerWidth]");
        var screen = Math.Min(widths[1], viewport.Width);
        return widths[0] > screen ? [$"scrolls sideways: the page is {widths[0]} px wide on a {screen} px screen"] : [];
    }

    /// <summary>
    /// A checkbox or radio button on another line than its label: the reader cannot tell what it
    /// ticks (on a phone, a label shown as a block drops under its box). Their boxes must share a line.
    /// </summary>
    private static async Task<IEnumerable<string>> CheckboxesApartFromLabelsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input[type=checkbox][id], input[type=radio][id]')].flatMap(box => {
              const label = document.querySelector(`label[for="${CSS.escape(box.id)}"]`);
              if (!label || box.offsetParent === null) return [];
              const b = box.getBoundingClientRect(), l = label.getBoundingClientRect();
              const middle = b.top + b.height / 2;
              return middle >= l.top && middle <= l.bottom ? [] : [`the checkbox #${box.id} is not beside its label`];
            })
            """);
}
