using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Validation;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>
/// Reads city requests into domain values, checking every field first: a request with any bad
/// field is refused whole, naming each field (AIP-193 field violations), and nothing is stored.
/// Output-only fields (memberships, times, status) are ignored, as AIP-203 asks.
/// </summary>
public sealed class CityRequestReader(TimeProvider clock)
{
    public const string Collection = "cities";

    public string ReadName(string name, string field = "name")
    {
        var violations = new FieldViolations();
        var id = violations.ReadId(field, name, Collection);
        violations.ThrowIfAny();
        return id!;
    }

    public NewCity ReadCreate(Proto.CreateCityRequest request)
    {
        var violations = new FieldViolations();
        violations.Slug("city_id", request.CityId);
        if (request.City is null)
        {
            violations.Add("city", "is required.");
            violations.ThrowIfAny();
        }

        var city = request.City!;
        var names = violations.ReadLocalizedText("city.display_name", city.DisplayName, CityLimits.Name);
        violations.CountryCode("city.country_code", city.CountryCode);
        var region = ReadRegion(violations, "city.region", city.Region);
        var population = city.Population is null ? null : ReadPopulation(violations, "city.population", city.Population);
        var focalPoints = ReadFocalPoints(violations, "city.focal_points", city.FocalPoints);
        violations.ThrowIfAny();
        return new NewCity(request.CityId, names, city.CountryCode, region!.Value, population, focalPoints);
    }

    public CityUpdate ReadUpdate(Proto.UpdateCityRequest request)
    {
        var violations = new FieldViolations();
        if (request.City is null)
        {
            violations.Add("city", "is required.");
            violations.ThrowIfAny();
        }

        var city = request.City!;
        var id = violations.ReadId("city.name", city.Name, Collection);
        violations.Check(!string.IsNullOrEmpty(city.Etag), "city.etag", "is required: send the etag of the city you read, so a stale update is refused.");
        var paths = UpdatePaths(violations, request, city);
        var changes = new CityChanges(
            Names: ReadNamePatch(violations, city, paths),
            CountryCode: paths.Contains("country_code") ? city.CountryCode : null,
            Region: paths.Contains("region") ? ReadRegion(violations, "city.region", city.Region) : null,
            Population: paths.Contains("population") && city.Population is not null
                ? ReadPopulation(violations, "city.population", city.Population) : null,
            ClearPopulation: paths.Contains("population") && city.Population is null,
            FocalPoints: paths.Contains("focal_points") ? ReadFocalPoints(violations, "city.focal_points", city.FocalPoints) : null);
        if (paths.Contains("country_code"))
        {
            violations.CountryCode("city.country_code", city.CountryCode);
        }

        violations.Check(paths.Count > 0, "update_mask", "names no field to change.");
        violations.ThrowIfAny();
        return new CityUpdate(id!, city.Etag, changes);
    }

    public MembershipChange ReadJoin(Proto.JoinNetworkRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        var phase = violations.ReadId("phase", request.Phase, "phases");
        var joinedOn = violations.ReadDate("joined_on", request.JoinedOn);
        violations.ThrowIfAny();
        return new MembershipChange(id!, phase, joinedOn!.Value, request.Etag);
    }

    public MembershipChange ReadLeave(Proto.LeaveNetworkRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        var leftOn = violations.ReadDate("left_on", request.LeftOn);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (leftOn > today)
        {
            violations.Add("left_on", $"must not be in the future (today is {today:yyyy-MM-dd}).");
        }

        violations.ThrowIfAny();
        return new MembershipChange(id!, null, leftOn!.Value, request.Etag);
    }

    private static readonly string[] MutablePaths =
        ["display_name", "display_name.en", "display_name.fr", "display_name.ar", "country_code", "region", "population", "focal_points"];

    /// <summary>The update mask's paths, or (AIP-134) every mutable field that is set when the mask is empty.</summary>
    private static HashSet<string> UpdatePaths(FieldViolations violations, Proto.UpdateCityRequest request, Proto.City city)
    {
        if (request.UpdateMask is { Paths.Count: > 0 } mask)
        {
            foreach (var path in mask.Paths.Where(p => !MutablePaths.Contains(p)))
            {
                violations.Add("update_mask", $"\"{path}\" cannot be updated; updatable fields: {string.Join(", ", MutablePaths)}.");
            }

            return mask.Paths.Where(MutablePaths.Contains).ToHashSet();
        }

        var set = new HashSet<string>();
        if (city.DisplayName is not null) set.Add("display_name");
        if (city.CountryCode.Length > 0) set.Add("country_code");
        if (city.Region != Proto.Region.Unspecified) set.Add("region");
        if (city.Population is not null) set.Add("population");
        if (city.FocalPoints.Count > 0) set.Add("focal_points");
        return set;
    }

    private static NamePatch? ReadNamePatch(FieldViolations violations, Proto.City city, HashSet<string> paths)
    {
        if (paths.Contains("display_name"))
        {
            return NamePatch.All(violations.ReadLocalizedText("city.display_name", city.DisplayName, CityLimits.Name));
        }

        var names = city.DisplayName ?? new Contracts.Common.V1.LocalizedText();
        var en = paths.Contains("display_name.en") ? names.En : null;
        var fr = paths.Contains("display_name.fr") ? names.Fr : null;
        var ar = paths.Contains("display_name.ar") ? names.Ar : null;
        if (en is not null) violations.RequiredText("city.display_name.en", en, CityLimits.Name);
        if (fr is not null) violations.OptionalText("city.display_name.fr", fr, CityLimits.Name);
        if (ar is not null) violations.OptionalText("city.display_name.ar", ar, CityLimits.Name);
        return en is null && fr is null && ar is null ? null : new NamePatch(en, fr, ar);
    }

    private static Region? ReadRegion(FieldViolations violations, string field, Proto.Region region)
    {
        Region? value = region switch
        {
            Proto.Region.Europe => Region.Europe,
            Proto.Region.NorthAfrica => Region.NorthAfrica,
            Proto.Region.MiddleEast => Region.MiddleEast,
            _ => null,
        };
        violations.Check(value is not null, field, "is required: REGION_EUROPE, REGION_NORTH_AFRICA or REGION_MIDDLE_EAST.");
        return value;
    }

    private Population? ReadPopulation(FieldViolations violations, string field, Proto.Population population)
    {
        violations.Check(population.Value is > 0 and <= CityLimits.MaxPopulation, $"{field}.value", $"must be from 1 to {CityLimits.MaxPopulation:N0}.");
        violations.ReferenceYear($"{field}.reference_year", population.ReferenceYear, clock);
        violations.RequiredText($"{field}.source", population.Source, CityLimits.Source);
        return new Population(population.Value, population.ReferenceYear, population.Source);
    }

    private static List<FocalPoint> ReadFocalPoints(FieldViolations violations, string field, IReadOnlyList<Proto.FocalPoint> focalPoints)
    {
        violations.Check(focalPoints.Count <= CityLimits.MaxFocalPoints, field, $"must list at most {CityLimits.MaxFocalPoints} people.");
        for (var i = 0; i < focalPoints.Count; i++)
        {
            violations.RequiredText($"{field}[{i}].display_name", focalPoints[i].DisplayName, CityLimits.PersonName);
            violations.OptionalText($"{field}[{i}].role", focalPoints[i].Role, CityLimits.PersonName);
            violations.Email($"{field}[{i}].email", focalPoints[i].Email);
        }

        return focalPoints.Select(f => new FocalPoint(f.DisplayName, f.Role, f.Email)).ToList();
    }
}

public sealed record NewCity(string Id, LocalizedText Names, string CountryCode, Region Region, Population? Population, IReadOnlyList<FocalPoint> FocalPoints);

public sealed record CityUpdate(string Id, string Etag, CityChanges Changes);

/// <summary>A join (with its phase) or a leave (phase null) on <see cref="Date"/>.</summary>
public sealed record MembershipChange(string CityId, string? PhaseId, DateOnly Date, string Etag);
