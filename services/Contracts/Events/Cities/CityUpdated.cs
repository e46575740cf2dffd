namespace Mc2cm.Contracts.Events.Cities;

/// <summary>
/// A city's public facts changed. <paramref name="Version"/> is the city's version (its etag's
/// number): it grows with every change of the city, membership included, so a consumer can
/// ignore an event older than the copy it holds.
/// </summary>
public sealed record CityUpdated(
    string CityId,
    CityNames Names,
    string CountryCode,
    string Region,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
