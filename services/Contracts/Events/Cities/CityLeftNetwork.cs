namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city's membership of the network ended.</summary>
/// <param name="Version">The city's version after the change (see <see cref="CityUpdated"/>).</param>
public sealed record CityLeftNetwork(
    string CityId,
    string PhaseId,
    DateOnly LeftOn,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
