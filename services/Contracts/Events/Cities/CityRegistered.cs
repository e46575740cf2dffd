namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city was registered in the Cities service.</summary>
/// <param name="CityId">The city's slug, e.g. "lisbon".</param>
/// <param name="Region">"europe", "north-africa" or "middle-east".</param>
public sealed record CityRegistered(
    string CityId,
    CityNames Names,
    string CountryCode,
    string Region,
    DateTimeOffset OccurredAt) : ICityEvent;
