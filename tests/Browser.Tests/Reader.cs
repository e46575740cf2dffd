namespace Mc2cm.Browser.Tests;

/// <summary>What a reader finds on any page of the portal, by role and name as assistive technology would.</summary>
public static class Reader
{
    public static ILocator Heading(this IPage page) => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>A link of the main menu ("Cities", "Meetings", …).</summary>
    public static ILocator MenuLink(this IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    public static ILocator Link(this IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>The page's address without its origin ("/cities?region=…").</summary>
    public static string Path(this IPage page) => new Uri(page.Url).PathAndQuery;

}
