namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>A figure (or a data gap) of an indicator was recorded for a city.</summary>
/// <param name="ObservationId">The id of "observations/{id}".</param>
public sealed record ObservationRecorded(
    string CityId,
    string ObservationId,
    string IndicatorCode,
    ObservationFigure Figure,
    long Version,
    DateTimeOffset OccurredAt) : ICityEvent;
