namespace Mc2cm.Cities.Cities;

/// <summary>The fields an update sets; null means "leave as is".</summary>
public sealed record CityChanges(
    NamePatch? Names = null,
    string? CountryCode = null,
    Region? Region = null,
    Population? Population = null,
    bool ClearPopulation = false,
    IReadOnlyList<FocalPoint>? FocalPoints = null,
    GeoPoint? Location = null,
    bool ClearLocation = false);
