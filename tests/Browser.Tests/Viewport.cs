namespace Mc2cm.Browser.Tests;

/// <summary>A screen the portal is read on.</summary>
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Desktop = new("desktop", 1280, 800, IsPhone: false);

    /// <summary>A phone held upright (the width of the smaller common phones): a mobile browser that honours the viewport meta tag.</summary>
    public static readonly Viewport Phone = new("phone", 375, 812, IsPhone: true);
}
