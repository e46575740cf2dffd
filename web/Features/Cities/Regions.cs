using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Web.Localization;

namespace Mc2cm.Web.Features.Cities;

/// <summary>The regions of the network in the portal's words, and their names in addresses (?region=europe).</summary>
public static class Regions
{
    public static readonly IReadOnlyList<Region> All = [Region.Europe, Region.NorthAfrica, Region.MiddleEast];

    public static Text Name(Region region) => region switch
    {
        Region.Europe => Texts.RegionEurope,
        Region.NorthAfrica => Texts.RegionNorthAfrica,
        Region.MiddleEast => Texts.RegionMiddleEast,
        _ => Texts.RegionUnknown,
    };

    public static string Slug(Region region) => region switch
    {
        Region.Europe => "europe",
        Region.NorthAfrica => "north-africa",
        Region.MiddleEast => "middle-east",
        _ => string.Empty,
    };

    public static Region FromSlug(string? slug) => All.FirstOrDefault(r => Slug(r) == slug);
}
