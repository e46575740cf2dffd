using Mc2cm.Testing;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// What the browser tests saw, a line per page view and per test in artifacts/reports/browser.txt;
/// eng/browser-tests.sh sums the lines into its one summary line.
/// </summary>
public static class BrowserReport
{
    public const string Suite = "browser";

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    public static void PageViewed(string page, string view, int axeSerious) =>
        SuiteReport.Write(Suite, $"page name={page} view={view} axe_serious={axeSerious}");

    /// <summary>A test's outcome, written as it is disposed (xunit knows the result by then).</summary>
    public static void TestEnded(string kind)
    {
        var context = TestContext.Current;
        SuiteReport.Write(Suite, $"test kind={kind} result={context.TestState?.Result.ToString() ?? "Unknown"} name={context.Test?.TestDisplayName}");
    }
}
