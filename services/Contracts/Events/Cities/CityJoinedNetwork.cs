namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city became a member of the network for a phase.</summary>
/// <param name="PhaseId">The phase's slug, e.g. "phase-2".</param>
public sealed record CityJoinedNetwork(
    string CityId,
    string PhaseId,
    DateOnly JoinedOn,
    DateTimeOffset OccurredAt) : IIntegrationEvent;
