namespace Mc2cm.Web.Features.Home.Map;

/// <summary>
/// Places a latitude and longitude on the map's picture: the same spherical Mercator as d3-geo's
/// geoMercator with the frame eng/generate-map.mjs used (<see cref="MapFrame"/>), so a city's dot
/// lands on the coast the outline draws.
/// </summary>
public static class MapProjection
{
    public static (double X, double Y) Project(double latitude, double longitude)
    {
        var lambda = longitude * Math.PI / 180;
        var phi = latitude * Math.PI / 180;
        return (MapFrame.TranslateX + (MapFrame.Scale * lambda), MapFrame.TranslateY - (MapFrame.Scale * Math.Log(Math.Tan((Math.PI / 4) + (phi / 2)))));
    }

    /// <summary>Whether a point falls inside the picture (a city far from the sea is left off the map, not drawn on its edge).</summary>
    public static bool IsOnMap((double X, double Y) point) => point.X is >= 0 and <= MapFrame.Width && point.Y is >= 0 and <= MapFrame.Height;
}
