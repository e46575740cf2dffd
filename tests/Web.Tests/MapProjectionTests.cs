using Mc2cm.Web.Features.Home.Map;

namespace Mc2cm.Web.Tests;

public sealed class MapProjectionTests
{
    public static TheoryData<string> Places => [.. MapFrame.Calibration.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Places))]
    public void A_city_lands_where_d3_geo_put_it_when_the_outline_was_drawn(string place)
    {
        var expected = MapFrame.Calibration.Single(c => c.Name == place);

        var (x, y) = MapProjection.Project(expected.Latitude, expected.Longitude);

        Assert.Equal(expected.X, x, 0.01);
        Assert.Equal(expected.Y, y, 0.01);
        Assert.True(MapProjection.IsOnMap((x, y)));
    }

    [Fact]
    public void North_is_up_and_east_is_right_and_a_place_outside_the_frame_is_off_the_map()
    {
        var tunis = MapProjection.Project(36.8065, 10.1815);
        var vienna = MapProjection.Project(48.2082, 16.3738);

        Assert.True(vienna.Y < tunis.Y);
        Assert.True(vienna.X > tunis.X);
        Assert.False(MapProjection.IsOnMap(MapProjection.Project(51.5072, -0.1276))); // London
        Assert.False(MapProjection.IsOnMap(MapProjection.Project(33.6844, 73.0479))); // Islamabad
    }
}
