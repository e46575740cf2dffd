namespace Mc2cm.Browser.Tests;

/// <summary>
/// Debian's chromium, driven by the Playwright driver that ships in the NuGet package. Playwright's
/// own browser download cannot work on the suite's machines (no network but the package
/// registries), so the browser comes from apt (eng/ensure-chromium.sh).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    // No sandbox (the tests run as root in CI), no GPU, and nothing the browser would fetch on its
    // own (updates, sync, field trials): every request a page makes is one the portal caused.
    private static readonly string[] Args =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    /// <summary>Fails with what to do when the browser is missing: the browser tests never skip silently.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed ({ExecutablePath} is missing), so the browser tests cannot run. " +
                "Install Debian's chromium package: eng/ensure-chromium.sh (./test.sh and .ci/run call it).");
        }
    }

    /// <summary>A headless browser with a fresh profile of its own (Playwright gives each launch a temporary one).</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        EnsureInstalled();
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = Args });
    }
}
