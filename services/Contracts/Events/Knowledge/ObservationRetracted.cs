namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>A recorded figure was retracted: it no longer counts, though its history stays readable.</summary>
public sealed record ObservationRetracted(
    string CityId,
    string ObservationId,
    string IndicatorCode,
    int ReferenceYear,
    string Breakdown,
    string Reason,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
