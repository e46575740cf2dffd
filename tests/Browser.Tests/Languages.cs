using System.Text.RegularExpressions;

namespace Mc2cm.Browser.Tests;

/// <summary>The portal's languages as a reader meets them: asked for in the address, shown right to left in Arabic.</summary>
public static partial class Languages
{
    /// <summary>
    /// The page in <paramref name="language"/>: English is the test browser's own (en-GB); others are
    /// asked for with ?lang=, in place of one the address already has (a form may carry it).
    /// </summary>
    public static string Address(string path, string language)
    {
        if (language == "en")
        {
            return path;
        }

        var parts = path.Split('?', 2);
        var query = (parts.Length > 1 ? parts[1].Split('&') : [])
            .Where(p => p.Length > 0 && !p.StartsWith("lang=", StringComparison.Ordinal))
            .Append($"lang={language}");
        return $"{parts[0]}?{string.Join('&', query)}";
    }

    /// <summary>The page is in Arabic: the document's language and direction, and the main menu's words.</summary>
    public static async Task ExpectArabicAsync(IPage page)
    {
        var html = page.Locator("html");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(html).ToHaveAttributeAsync("dir", "rtl");
        // "Cities" and "Meetings" in the main menu, in Arabic; no English menu word is left.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "الرئيسية", Exact = true });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "المدن", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "الاجتماعات", Exact = true })).ToHaveCountAsync(1);
        await Assertions.Expect(menu).Not.ToContainTextAsync(EnglishMenuWord());
    }

    [GeneratedRegex(@"\b(Home|Cities|Compare|Meetings|Calls)\b")]
    private static partial Regex EnglishMenuWord();
}
