using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// Every page of the portal, reached as a reader would (the menu, then links), then checked in its
/// four views (<see cref="PageCheck"/>). The data is the suite's seed: the network's cities, the
/// Tunis and Lisbon key figures, the Dialogue calendar, Sfax's ACMALS action.
/// </summary>
public sealed partial class PageTests(PortalSuite portal) : BrowserTest(portal, "page")
{
    [Fact]
    public async Task Home_shows_the_network_on_a_map_with_its_figures() =>
        await PageCheck.CheckAsync(Portal, "home", "/", async page =>
        {
            await Expect(page.Heading()).ToHaveTextAsync("The network at a glance");
            await Expect(page.GetByRole(AriaRole.Img, new() { NameRegex = MapName() })).ToBeVisibleAsync();
            await Expect(page.GetByText("Cities registered").First).ToBeVisibleAsync();
        });

    [Fact]
    public async Task Cities_list_narrows_to_a_region_with_its_filter()
    {
        var page = await OpenAsync("/");
        await page.MenuLink("Cities").ClickAsync();
        await Expect(page.Link("Lisbon").First).ToBeVisibleAsync();
        var list = page.Path();

        // The filters are a plain form: the choice lands in the address, so it works without script.
        var filters = page.Locator("form", new() { Has = page.GetByLabel("Region", new() { Exact = true }) });
        await filters.GetByLabel("Region", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "North Africa" });
        await filters.GetByRole(AriaRole.Button).ClickAsync();

        await Expect(page.Link("Tunis").First).ToBeVisibleAsync();
        await Expect(page.Link("Lisbon")).ToHaveCountAsync(0);
        Assert.NotEqual(list, page.Path());
        await PageCheck.CheckAsync(Portal, "cities", list, async p => await Expect(p.Link("Tunis").First).ToBeVisibleAsync());
    }

    [Fact]
    public async Task City_page_of_Tunis_is_reached_from_the_list()
    {
        var page = await OpenAsync("/");
        await page.MenuLink("Cities").ClickAsync();
        await page.Link("Tunis").First.ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("Tunis");

        await PageCheck.CheckAsync(Portal, "city", page.Path(), async p => await Expect(p.Heading()).ToContainTextAsync("Tunis"));
    }

    [Fact]
    public async Task Profile_of_Tunis_shows_its_key_figures()
    {
        var page = await OpenAsync("/cities/tunis");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = ProfileLink() }).First.ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("Tunis");

        await PageCheck.CheckAsync(Portal, "profile", page.Path(), async p =>
        {
            await Expect(p.Heading()).ToContainTextAsync("Tunis");
            // The 2014 census population, formatted for an English reader.
            await Expect(p.GetByText("638,845").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Compare_draws_a_missing_figure_as_a_gap_with_its_reason_and_offers_a_csv()
    {
        var page = await OpenAsync("/");
        await page.MenuLink("Compare").ClickAsync();
        var form = page.Locator("form", new() { Has = page.GetByLabel("Indicator") });
        await form.GetByLabel("Indicator").SelectOptionAsync(new SelectOptionValue { Label = "Population" });
        await form.GetByLabel("Tunis", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("Lisbon", new() { Exact = true }).CheckAsync();
        await form.GetByRole(AriaRole.Button).ClickAsync();

        // Tunis has its 2014 population; Lisbon has none: its bar is a gap, and the reason is written.
        var chart = page.GetByRole(AriaRole.Img, new() { NameRegex = ChartName() });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(page.GetByText("nothing recorded yet").First).ToBeVisibleAsync();

        var csvLink = page.GetByRole(AriaRole.Link, new() { NameRegex = Csv() });
        var csv = await page.Context.APIRequest.GetAsync(await csvLink.GetAttributeAsync("href") ?? throw new InvalidOperationException("The CSV link has no address."));
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("text/csv", csv.Headers["content-type"], StringComparison.Ordinal);
        var rows = (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(rows, r => r.Contains("Tunis", StringComparison.Ordinal) && r.Contains("638845", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Lisbon", StringComparison.Ordinal));

        await PageCheck.CheckAsync(Portal, "compare", page.Path(), async p =>
        {
            await Expect(p.GetByRole(AriaRole.Img, new() { NameRegex = ChartName() })).ToBeVisibleAsync();
            await Expect(p.GetByText("nothing recorded yet").First).ToBeVisibleAsync();
        });
    }

    [Fact]
    public async Task Meetings_list_and_month_calendar()
    {
        var page = await OpenAsync("/");
        await page.MenuLink("Meetings").ClickAsync();
        await Expect(page.Heading()).ToBeVisibleAsync();
        var list = page.Path();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = CalendarLink() }).First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Table).Or(page.GetByRole(AriaRole.Grid)).First).ToBeVisibleAsync();
        var calendar = page.Path();

        await PageCheck.CheckAsync(Portal, "meetings", list, async p =>
            await Expect(p.GetByRole(AriaRole.Link, new() { NameRegex = TunisMeeting() }).First).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "meetings-calendar", calendar, async p =>
            await Expect(p.GetByRole(AriaRole.Table).Or(p.GetByRole(AriaRole.Grid)).First).ToBeVisibleAsync());
    }

    [Fact]
    public async Task Meeting_page_offers_its_calendar_to_subscribe_to()
    {
        var page = await OpenAsync("/meetings");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = TunisMeeting() }).First.ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("Communication on migration");

        // The subscribe link serves iCalendar (webcal: is the same address over http).
        var subscribe = page.GetByRole(AriaRole.Link, new() { NameRegex = Subscribe() }).First;
        var href = await subscribe.GetAttributeAsync("href") ?? throw new InvalidOperationException("The subscribe link has no address.");
        var feed = await page.Context.APIRequest.GetAsync(href.StartsWith("webcal:", StringComparison.Ordinal) ? "http:" + href["webcal:".Length..] : href);
        Assert.Equal(200, feed.Status);
        Assert.StartsWith("text/calendar", feed.Headers["content-type"], StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", await feed.TextAsync(), StringComparison.Ordinal);

        await PageCheck.CheckAsync(Portal, "meeting", page.Path(), async p =>
            await Expect(p.Heading()).ToContainTextAsync("Communication on migration"));
    }

    [Fact]
    public async Task Calls_and_a_funded_action_with_its_chain()
    {
        var page = await OpenAsync("/");
        await page.MenuLink("Calls and actions").ClickAsync();
        await Expect(page.Heading()).ToBeVisibleAsync();
        var calls = page.Path();
        await page.Link("ACMALS").First.ClickAsync();
        await Expect(page.Heading()).ToContainTextAsync("ACMALS");

        await PageCheck.CheckAsync(Portal, "calls", calls, async p => await Expect(p.Link("ACMALS").First).ToBeVisibleAsync());
        await PageCheck.CheckAsync(Portal, "action", page.Path(), async p =>
        {
            await Expect(p.Heading()).ToContainTextAsync("ACMALS");
            // From the profile's finding to the funded action, drawn as a diagram a screen reader can name.
            await Expect(p.GetByRole(AriaRole.Img, new() { NameRegex = ChainName() })).ToBeVisibleAsync();
        });
    }

    [GeneratedRegex("map", RegexOptions.IgnoreCase)]
    private static partial Regex MapName();

    [GeneratedRegex("profile", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileLink();

    [GeneratedRegex("chart|comparison", RegexOptions.IgnoreCase)]
    private static partial Regex ChartName();

    [GeneratedRegex(@"\bCSV\b")]
    private static partial Regex Csv();

    [GeneratedRegex("calendar|month", RegexOptions.IgnoreCase)]
    private static partial Regex CalendarLink();

    [GeneratedRegex("Communication on migration", RegexOptions.IgnoreCase)]
    private static partial Regex TunisMeeting();

    [GeneratedRegex(@"subscribe|iCal|\.ics", RegexOptions.IgnoreCase)]
    private static partial Regex Subscribe();

    [GeneratedRegex("chain", RegexOptions.IgnoreCase)]
    private static partial Regex ChainName();
}
