namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>
/// A recorded figure was corrected. <paramref name="Version"/> is the observation's version (its
/// etag's number): a consumer can ignore an event older than what it holds.
/// </summary>
public sealed record ObservationCorrected(
    string CityId,
    string ObservationId,
    string IndicatorCode,
    ObservationFigure Previous,
    ObservationFigure Figure,
    string Reason,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
