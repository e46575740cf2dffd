namespace Mc2cm.Contracts.Events.Cities;

/// <summary>A city became a member of the network for a phase.</summary>
/// <param name="PhaseId">The phase's slug, e.g. "phase-2".</param>
/// <param name="Version">The city's version after the change (see <see cref="CityUpdated"/>).</param>
public sealed record CityJoinedNetwork(
    string CityId,
    string PhaseId,
    DateOnly JoinedOn,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
