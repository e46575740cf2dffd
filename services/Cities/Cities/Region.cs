namespace Mc2cm.Cities.Cities;

/// <summary>The regions of the Mediterranean the network spans.</summary>
public enum Region
{
    Europe = 1,
    NorthAfrica = 2,
    MiddleEast = 3,
}

public static class RegionNames
{
    /// <summary>The region's name in events: "europe", "north-africa", "middle-east".</summary>
    public static string ToEventName(this Region region) => region switch
    {
        Region.Europe => "europe",
        Region.NorthAfrica => "north-africa",
        Region.MiddleEast => "middle-east",
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown region."),
    };
}
