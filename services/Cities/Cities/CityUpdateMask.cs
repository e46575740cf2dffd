using Mc2cm.Domain.Validation;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>Which fields an UpdateCity request changes (AIP-134), down to one language of the name.</summary>
internal static class CityUpdateMask
{
    private static readonly string[] MutablePaths =
        ["display_name", "display_name.en", "display_name.fr", "display_name.ar", "country_code", "region", "population", "focal_points", "location"];

    /// <summary>The update mask's paths, or (AIP-134) every mutable field that is set when the mask is empty.</summary>
    public static HashSet<string> Paths(FieldViolations violations, Proto.UpdateCityRequest request, Proto.City city)
    {
        if (request.UpdateMask is { Paths.Count: > 0 } mask)
        {
            foreach (var path in mask.Paths.Where(p => !MutablePaths.Contains(p)))
            {
                violations.Add("update_mask", $"\"{path}\" cannot be updated; updatable fields: {string.Join(", ", MutablePaths)}.", FieldReasons.NotAllowed);
            }

            return mask.Paths.Where(MutablePaths.Contains).ToHashSet();
        }

        var set = new HashSet<string>();
        if (city.DisplayName is not null) set.Add("display_name");
        if (city.CountryCode.Length > 0) set.Add("country_code");
        if (city.Region != Proto.Region.Unspecified) set.Add("region");
        if (city.Population is not null) set.Add("population");
        if (city.FocalPoints.Count > 0) set.Add("focal_points");
        if (city.Location is not null) set.Add("location");
        return set;
    }

    public static NamePatch? ReadNamePatch(FieldViolations violations, Proto.City city, HashSet<string> paths) =>
        NamePatch.Read(violations, "city.display_name", city.DisplayName, paths, CityLimits.Name);
}
