using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace Mc2cm.Web.Components.Shared;

/// <summary>
/// An SVG &lt;text&gt; element. Written as markup inside a Razor code block, &lt;text&gt; is Razor's
/// own tag (no attributes allowed), so charts and the map draw their words with this.
/// </summary>
public sealed class SvgText : ComponentBase
{
    [Parameter, EditorRequired] public double X { get; set; }
    [Parameter, EditorRequired] public double Y { get; set; }
    [Parameter, EditorRequired] public string Value { get; set; } = string.Empty;
    [Parameter] public string Anchor { get; set; } = "start";
    [Parameter] public string? CssClass { get; set; }
    [Parameter] public string? Language { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "x", X.ToString("0.##", CultureInfo.InvariantCulture));
        builder.AddAttribute(2, "y", Y.ToString("0.##", CultureInfo.InvariantCulture));
        builder.AddAttribute(3, "text-anchor", Anchor);
        builder.AddAttribute(4, "class", CssClass);
        builder.AddAttribute(5, "lang", Language);
        builder.AddContent(6, Value);
        builder.CloseElement();
    }
}
