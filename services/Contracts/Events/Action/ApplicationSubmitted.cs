namespace Mc2cm.Contracts.Events.Action;

/// <summary>An application was submitted to a call; <paramref name="FailedRules"/> names every eligibility rule it failed.</summary>
public sealed record ApplicationSubmitted(
    string ApplicationId,
    string CallId,
    string CityId,
    bool Eligible,
    IReadOnlyList<string> FailedRules,
    decimal RequestedAmount,
    string Currency,
    DateTimeOffset OccurredAt) : ICityEvent;
