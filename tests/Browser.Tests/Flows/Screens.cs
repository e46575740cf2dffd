namespace Mc2cm.Browser.Tests.Flows;

/// <summary>A flow step's screenshot, "&lt;area&gt;-&lt;step&gt;-desktop-en.png", in the report's folder.</summary>
public static class Screens
{
    public static async Task ShotAsync(IPage page, string step)
    {
        Directory.CreateDirectory(BrowserReport.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserReport.ScreenshotFolder, $"{step}-desktop-en.png"), FullPage = true });
    }
}
