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

public sealed class MapLabelsTests
{
    [Fact]
    public void Names_of_neighbouring_cities_do_not_cover_each_other()
    {
        // Rabat and Casablanca, 20 units apart on the map: the second name moves off the first.
        var spots = MapLabels.Place([(115.9, 368.3, "Rabat"), (103.9, 381.3, "Casablanca")]);

        Assert.Equal(new MapLabels.Spot(115.9, 386.3, "middle"), spots[0]);
        Assert.NotEqual(new MapLabels.Spot(103.9, 399.3, "middle"), spots[1]);
    }
}
