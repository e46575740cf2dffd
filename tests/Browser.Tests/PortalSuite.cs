using System.Collections.Concurrent;
using Aspire.Hosting.Testing;
using Mc2cm.Testing.AppHost;

namespace Mc2cm.Browser.Tests;

/// <summary>
/// The whole suite started by its AppHost, the portal ("web") among it, and one headless chromium
/// for all the browser tests; each test opens contexts of its own (own cookies, own screen size).
/// </summary>
public sealed class PortalSuite : IAsyncLifetime
{
    public const string Web = "web";
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _signedIn = new(StringComparer.Ordinal);

    public SuiteFixture Suite { get; } = new() { AlsoAwaited = [Web] };

    /// <summary>The portal's own origin, http://localhost:port.</summary>
    public Uri Address { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        // Before the suite's start: a missing browser should fail at once and say so.
        Chromium.EnsureInstalled();
        await Suite.InitializeAsync();
        Address = Suite.App.GetEndpoint(Web, "http");
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>
    /// A fresh browser context on <paramref name="viewport"/>, its language English unless one is
    /// asked for: no cookies, or those of <paramref name="storageState"/> (a signed-in person's).
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Viewport viewport, bool javaScript = true, string? storageState = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            ViewportSize = new ViewportSize { Width = viewport.Width, Height = viewport.Height },
            IsMobile = viewport.IsPhone,
            HasTouch = viewport.IsPhone,
            JavaScriptEnabled = javaScript,
            Locale = "en-GB",
            AcceptDownloads = true,
            StorageState = storageState,
        });

    /// <summary>
    /// A dev user's cookies after signing in at the issuer's login page, once per run: the page
    /// checks view a page as that person four times, and sign-in itself is tested by the flows.
    /// </summary>
    public Task<string> SignedInStateAsync(string user) =>
        _signedIn.GetOrAdd(user, u => new Lazy<Task<string>>(() => SignInOnceAsync(u))).Value;

    private async Task<string> SignInOnceAsync(string user)
    {
        var context = await NewContextAsync(Viewport.Desktop);
        try
        {
            await People.SignInAsync(this, context, user);
            return await context.StorageStateAsync();
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Whether a request the page made went to the portal itself (a data: address loads nothing).</summary>
    public bool IsOwnOrigin(string url) =>
        url.StartsWith("data:", StringComparison.Ordinal)
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == Address.GetLeftPart(UriPartial.Authority));

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Suite.DisposeAsync();
    }
}
