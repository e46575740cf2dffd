namespace Mc2cm.Contracts.Events.Knowledge;

/// <summary>
/// What an observation states, as its events carry it: the figure (a number or a text) or the gap,
/// for a year and a breakdown.
/// </summary>
/// <param name="Kind">"value", "text" or "gap".</param>
/// <param name="Breakdown">"total", or e.g. "sex=Female;age=15-24".</param>
public sealed record ObservationFigure(
    int ReferenceYear,
    string Kind,
    double? Value,
    string? TextValue,
    string Breakdown,
    string Source,
    string SourceUrl);
