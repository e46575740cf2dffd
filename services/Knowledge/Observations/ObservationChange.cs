using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Observations;

/// <summary>What was done to an observation.</summary>
public enum ObservationChangeKind
{
    Corrected = 1,
    Retracted = 2,
}

/// <summary>
/// One change of an observation: who, when, why, and the values it had before — every value a
/// correction may replace, so the observation can be shown as it stood before the change.
/// </summary>
public sealed class ObservationChange
{
    private ObservationChange()
    {
    }

    public long Id { get; private set; }

    public string ObservationId { get; private set; } = string.Empty;

    public ObservationChangeKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string Reason { get; private set; } = string.Empty;

    public int ReferenceYear { get; private set; }

    public ObservationKind ValueKind { get; private set; }

    public double? Value { get; private set; }

    public string? TextValue { get; private set; }

    public string? GapMissing { get; private set; }

    public string? GapReason { get; private set; }

    public string Source { get; private set; } = string.Empty;

    public string SourceUrl { get; private set; } = string.Empty;

    public Sex Sex { get; private set; }

    public string AgeGroup { get; private set; } = string.Empty;

    public string Nationality { get; private set; } = string.Empty;

    public LegalStatus LegalStatus { get; private set; }

    public string Note { get; private set; } = string.Empty;

    /// <summary>The record of a change about to be made to <paramref name="observation"/>, holding its values of now.</summary>
    public static ObservationChange Before(Observation observation, ObservationChangeKind kind, string reason, string actor, DateTimeOffset now) => new()
    {
        ObservationId = observation.Id,
        Kind = kind,
        At = now,
        Actor = actor,
        Reason = reason,
        ReferenceYear = observation.ReferenceYear,
        ValueKind = observation.Kind,
        Value = observation.Value,
        TextValue = observation.TextValue,
        GapMissing = observation.GapMissing,
        GapReason = observation.GapReason,
        Source = observation.Source,
        SourceUrl = observation.SourceUrl,
        Sex = observation.Breakdown.Sex,
        AgeGroup = observation.Breakdown.AgeGroup,
        Nationality = observation.Breakdown.Nationality,
        LegalStatus = observation.Breakdown.LegalStatus,
        Note = observation.Note,
    };

    /// <summary>The values before the change, as a draft of <paramref name="observation"/>'s city and indicator.</summary>
    public ObservationDraft PreviousDraft(Observation observation) => new(
        observation.CityId, observation.IndicatorCode, ReferenceYear, ValueKind, Source, Value, TextValue, GapMissing, GapReason,
        new Breakdown(Sex, AgeGroup, Nationality, LegalStatus), Note, SourceUrl);
}
