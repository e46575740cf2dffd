namespace Mc2cm.Contracts.Events.Cities;

/// <summary>
/// A city's public facts changed. <paramref name="Version"/> grows with every change, so a
/// consumer can ignore an update older than the copy it holds.
/// </summary>
public sealed record CityUpdated(
    string CityId,
    CityNames Names,
    string CountryCode,
    string Region,
    long Version,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
