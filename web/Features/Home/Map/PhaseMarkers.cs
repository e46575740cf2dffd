namespace Mc2cm.Web.Features.Home.Map;

/// <summary>
/// How a phase looks on the map: a colour and a shape each, so the phases are told apart
/// without colour too (circle, square, triangle, diamond).
/// </summary>
public sealed record PhaseMarker(string CssClass, string Shape)
{
    private static readonly PhaseMarker[] Markers =
    [
        new("phase-1", "circle"),
        new("phase-2", "square"),
        new("phase-3", "triangle"),
        new("phase-other", "diamond"),
    ];

    /// <summary>The marker of the phase at <paramref name="index"/> in the programme's order (oldest first).</summary>
    public static PhaseMarker ForIndex(int index) => Markers[Math.Clamp(index, 0, Markers.Length - 1)];

    /// <summary>The SVG path of the shape, centred on (x, y).</summary>
    public string PathAt(double x, double y, double r = 6) => Shape switch
    {
        "circle" => FormattableString.Invariant($"M{x - r:0.#},{y:0.#}a{r:0.#},{r:0.#} 0 1,0 {2 * r:0.#},0a{r:0.#},{r:0.#} 0 1,0 {-2 * r:0.#},0Z"),
        "square" => FormattableString.Invariant($"M{x - r:0.#},{y - r:0.#}h{2 * r:0.#}v{2 * r:0.#}h{-2 * r:0.#}Z"),
        "triangle" => FormattableString.Invariant($"M{x:0.#},{y - r - 1:0.#}L{x + r + 1:0.#},{y + r:0.#}L{x - r - 1:0.#},{y + r:0.#}Z"),
        _ => FormattableString.Invariant($"M{x:0.#},{y - r - 1:0.#}L{x + r + 1:0.#},{y:0.#}L{x:0.#},{y + r + 1:0.#}L{x - r - 1:0.#},{y:0.#}Z"),
    };
}
