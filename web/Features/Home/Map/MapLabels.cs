namespace Mc2cm.Web.Features.Home.Map;

/// <summary>
/// Where each city's name goes on the map: under its marker, else above, else beside it (after,
/// then before), the first place that does not cover a name already placed. Widths are
/// estimated from the length of the name (about 7 units a letter at the map's font size).
/// </summary>
public static class MapLabels
{
    private const double LetterWidth = 7;
    private const double LineHeight = 14;

    public sealed record Spot(double X, double Y, string Anchor);

    public static IReadOnlyList<Spot> Place(IReadOnlyList<(double X, double Y, string Name)> cities)
    {
        var taken = new List<(double Left, double Top, double Right, double Bottom)>();
        var spots = new List<Spot>();
        foreach (var (x, y, name) in cities)
        {
            var width = Math.Max(2, name.Length) * LetterWidth;
            Spot[] candidates =
            [
                new(x, y + 18, "middle"),
                new(x, y - 10, "middle"),
                new(x + 10, y + 4, "start"),
                new(x - 10, y + 4, "end"),
            ];
            var spot = candidates.FirstOrDefault(c => !taken.Any(t => Overlaps(Box(c, width), t))) ?? candidates[0];
            taken.Add(Box(spot, width));
            spots.Add(spot);
        }

        return spots;
    }

    private static (double Left, double Top, double Right, double Bottom) Box(Spot spot, double width)
    {
        var left = spot.Anchor switch
        {
            "start" => spot.X,
            "end" => spot.X - width,
            _ => spot.X - (width / 2),
        };
        return (left, spot.Y - LineHeight + 3, left + width, spot.Y + 3);
    }

    private static bool Overlaps((double Left, double Top, double Right, double Bottom) a, (double Left, double Top, double Right, double Bottom) b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
