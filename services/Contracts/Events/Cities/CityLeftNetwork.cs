namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city's membership of the network ended.</summary>
public sealed record CityLeftNetwork(
    string CityId,
    string PhaseId,
    DateOnly LeftOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
