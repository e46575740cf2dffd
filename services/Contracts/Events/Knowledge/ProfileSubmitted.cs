namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>A city's profile revision was submitted for review.</summary>
public sealed record ProfileSubmitted(string CityId, int Revision, DateTimeOffset OccurredAt) : ICityEvent;
