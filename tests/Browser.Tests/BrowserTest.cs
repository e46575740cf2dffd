namespace Mc2cm.Browser.Tests;

/// <summary>
/// A browser test: the contexts it opens (each a fresh set of cookies) are closed after it, and
/// its outcome goes to the report as a page test or a flow (sign-in, language, errors).
/// </summary>
[Collection(nameof(BrowserCollection))]
public abstract class BrowserTest(PortalSuite portal, string kind) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected PortalSuite Portal => portal;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<IBrowserContext> NewContextAsync(Viewport? viewport = null, bool javaScript = true)
    {
        var context = await portal.NewContextAsync(viewport ?? Viewport.Desktop, javaScript);
        _contexts.Add(context);
        return context;
    }

    /// <summary>A new page at <paramref name="path"/> (desktop width unless said), in a context of its own.</summary>
    protected async Task<IPage> OpenAsync(string path, Viewport? viewport = null, bool javaScript = true)
    {
        var page = await (await NewContextAsync(viewport, javaScript)).NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        BrowserReport.TestEnded(kind);
        GC.SuppressFinalize(this);
    }
}
