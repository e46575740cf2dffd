using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
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

    public string ReadName(string name, string field = "name") => ResourceNames.ReadId(field, name, Collection);

    public NewCity ReadCreate(Proto.CreateCityRequest request)
    {
        var violations = new FieldViolations();
        violations.Slug("city_id", request.CityId);
        if (request.City is null)
        {
            violations.Required("city");
            violations.ThrowIfAny();
        }

        var city = request.City!;
        var names = violations.ReadLocalizedText("city.display_name", city.DisplayName, CityLimits.Name);
        violations.CountryCode("city.country_code", city.CountryCode);
        var region = ReadRegion(violations, "city.region", city.Region);
        var population = city.Population is null ? null : ReadPopulation(violations, "city.population", city.Population);
        var focalPoints = ReadFocalPoints(violations, "city.focal_points", city.FocalPoints);
        var location = city.Location is null ? null : ReadLocation(violations, "city.location", city.Location);
        violations.ThrowIfAny();
        return new NewCity(request.CityId, names, city.CountryCode, region!.Value, population, focalPoints, location);
    }

    public CityUpdate ReadUpdate(Proto.UpdateCityRequest request)
    {
        var violations = new FieldViolations();
        if (request.City is null)
        {
            violations.Required("city");
            violations.ThrowIfAny();
        }

        var city = request.City!;
        var id = violations.ReadId("city.name", city.Name, Collection);
        violations.Check(!string.IsNullOrEmpty(city.Etag), "city.etag", "is required: send the etag of the city you read, so a stale update is refused.", FieldReasons.Required);
        var paths = CityUpdateMask.Paths(violations, request, city);
        var changes = new CityChanges(
            Names: CityUpdateMask.ReadNamePatch(violations, city, paths),
            CountryCode: paths.Contains("country_code") ? city.CountryCode : null,
            Region: paths.Contains("region") ? ReadRegion(violations, "city.region", city.Region) : null,
            Population: paths.Contains("population") && city.Population is not null
                ? ReadPopulation(violations, "city.population", city.Population) : null,
            ClearPopulation: paths.Contains("population") && city.Population is null,
            FocalPoints: paths.Contains("focal_points") ? ReadFocalPoints(violations, "city.focal_points", city.FocalPoints) : null,
            Location: paths.Contains("location") && city.Location is not null ? ReadLocation(violations, "city.location", city.Location) : null,
            ClearLocation: paths.Contains("location") && city.Location is null);
        if (paths.Contains("country_code"))
        {
            violations.CountryCode("city.country_code", city.CountryCode);
        }

        violations.Check(paths.Count > 0, "update_mask", "names no field to change.", FieldReasons.Required);
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
            violations.Add("left_on", $"must not be in the future (today is {today:yyyy-MM-dd}).", FieldReasons.InTheFuture);
        }

        violations.ThrowIfAny();
        return new MembershipChange(id!, null, leftOn!.Value, request.Etag);
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
        violations.Check(value is not null, field, "is required: REGION_EUROPE, REGION_NORTH_AFRICA or REGION_MIDDLE_EAST.",
            region == Proto.Region.Unspecified ? FieldReasons.Required : FieldReasons.NotAllowed);
        return value;
    }

    private static GeoPoint ReadLocation(FieldViolations violations, string field, Google.Type.LatLng location)
    {
        violations.Check(location.Latitude is >= -90 and <= 90, $"{field}.latitude", "must be from -90 to 90 degrees.", FieldReason.Range(-90, 90));
        violations.Check(location.Longitude is >= -180 and <= 180, $"{field}.longitude", "must be from -180 to 180 degrees.", FieldReason.Range(-180, 180));
        return new GeoPoint(location.Latitude, location.Longitude);
    }

    private Population? ReadPopulation(FieldViolations violations, string field, Proto.Population population)
    {
        violations.Check(population.Value is > 0 and <= CityLimits.MaxPopulation, $"{field}.value", $"must be from 1 to {CityLimits.MaxPopulation:N0}.",
            FieldReason.Range(1, CityLimits.MaxPopulation));
        violations.ReferenceYear($"{field}.reference_year", population.ReferenceYear, clock);
        violations.RequiredText($"{field}.source", population.Source, CityLimits.Source);
        return new Population(population.Value, population.ReferenceYear, population.Source);
    }

    private static List<FocalPoint> ReadFocalPoints(FieldViolations violations, string field, IReadOnlyList<Proto.FocalPoint> focalPoints)
    {
        violations.Check(focalPoints.Count <= CityLimits.MaxFocalPoints, field, $"must list at most {CityLimits.MaxFocalPoints} people.", FieldReason.TooMany(CityLimits.MaxFocalPoints));
        for (var i = 0; i < focalPoints.Count; i++)
        {
            violations.RequiredText($"{field}[{i}].display_name", focalPoints[i].DisplayName, CityLimits.PersonName);
            violations.OptionalText($"{field}[{i}].role", focalPoints[i].Role, CityLimits.PersonName);
            violations.Email($"{field}[{i}].email", focalPoints[i].Email);
        }

        return focalPoints.Select(f => new FocalPoint(f.DisplayName, f.Role, f.Email)).ToList();
    }
}
