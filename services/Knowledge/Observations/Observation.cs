namespace Mc2cm.Knowledge.Observations;

/// <summary>What an observation holds.</summary>
public enum ObservationKind
{
    Value = 1,
    Text = 2,
    Gap = 3,
}

/// <summary>
/// A figure of an indicator in a city for a year, with its source — or the explicit record that
/// it is missing and why. A gap is never a zero.
/// </summary>
public sealed class Observation
{
    private Observation()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public string CityId { get; private set; } = string.Empty;

    public string IndicatorCode { get; private set; } = string.Empty;

    public int ReferenceYear { get; private set; }

    public ObservationKind Kind { get; private set; }

    public double? Value { get; private set; }

    public string? TextValue { get; private set; }

    public string? GapMissing { get; private set; }

    public string? GapReason { get; private set; }

    public string Source { get; private set; } = string.Empty;

    /// <summary>Where the source can be read: an absolute http or https URL, or empty.</summary>
    public string SourceUrl { get; private set; } = string.Empty;

    public Breakdown Breakdown { get; private set; } = Breakdown.Total;

    public string BreakdownKey { get; private set; } = Breakdown.Total.Key;

    public string Note { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string ResourceName => $"observations/{Id}";

    public static Observation Record(ObservationDraft draft, string actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now).ToString("N"),
        CityId = draft.CityId,
        IndicatorCode = draft.IndicatorCode,
        ReferenceYear = draft.ReferenceYear,
        Kind = draft.Kind,
        Value = draft.Kind == ObservationKind.Value ? draft.Value : null,
        TextValue = draft.Kind == ObservationKind.Text ? draft.TextValue : null,
        GapMissing = draft.Kind == ObservationKind.Gap ? draft.GapMissing : null,
        GapReason = draft.Kind == ObservationKind.Gap ? draft.GapReason : null,
        Source = draft.Source,
        SourceUrl = draft.SourceUrl,
        Breakdown = draft.Breakdown,
        BreakdownKey = draft.Breakdown.Key,
        Note = draft.Note,
        CreatedAt = now,
        CreatedBy = actor,
    };
}

/// <summary>A checked CreateObservation request (or a seed figure).</summary>
public sealed record ObservationDraft(
    string CityId, string IndicatorCode, int ReferenceYear, ObservationKind Kind, string Source,
    double? Value = null, string? TextValue = null, string? GapMissing = null, string? GapReason = null,
    Breakdown? BreakdownOrTotal = null, string Note = "", string SourceUrl = "")
{
    public Breakdown Breakdown => BreakdownOrTotal ?? Breakdown.Total;
}
