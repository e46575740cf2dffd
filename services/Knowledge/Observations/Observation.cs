using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Domain.Errors;

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
/// it is missing and why. A gap is never a zero. A correction or a retraction keeps the values
/// it replaces in the history, so the figure can be shown as it stood at any time.
/// </summary>
public sealed class Observation : Aggregate
{
    private const string Rule = "OBSERVATION_RETRACTED";
    private readonly List<ObservationChange> _history = [];

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

    /// <summary>When it was last corrected.</summary>
    public DateTimeOffset? UpdatedAt { get; private set; }

    public DateTimeOffset? RetractedAt { get; private set; }

    public string? RetractedBy { get; private set; }

    public string? RetractionReason { get; private set; }

    /// <summary>The changes, when loaded (oldest first by <see cref="ObservationChange.At"/>).</summary>
    public IReadOnlyList<ObservationChange> History => _history;

    /// <summary>How a observation is found by its id ("observations/{id}").</summary>
    public static ResourceKind<Observation> Resource { get; } = new("Observation", "observations", id => o => o.Id == id);

    public override string ResourceName => $"observations/{Id}";

    public static Observation Record(ObservationDraft draft, string actor, DateTimeOffset now)
    {
        var observation = new Observation { Id = Guid.CreateVersion7(now).ToString("N"), CityId = draft.CityId, IndicatorCode = draft.IndicatorCode, CreatedAt = now, CreatedBy = actor };
        observation.Apply(draft);
        observation.Raise(new ObservationRecorded(observation.CityId, observation.Id, observation.IndicatorCode, observation.Figure(), observation.Version, now));
        return observation;
    }

    /// <summary>Replaces the figure; the old values go into the history with who, when and why.</summary>
    public void Correct(ObservationDraft draft, string reason, string actor, DateTimeOffset now)
    {
        EnsureNotRetracted("corrected");
        var previous = Figure();
        _history.Add(ObservationChange.Before(this, ObservationChangeKind.Corrected, reason, actor, now));
        Apply(draft);
        UpdatedAt = now;
        var version = Changed();
        Raise(new ObservationCorrected(CityId, Id, IndicatorCode, previous, Figure(), reason, version, now));
    }

    /// <summary>Withdraws the figure: it stops counting, and stays readable with its history.</summary>
    public void Retract(string reason, string actor, DateTimeOffset now)
    {
        EnsureNotRetracted("retracted again");
        _history.Add(ObservationChange.Before(this, ObservationChangeKind.Retracted, reason, actor, now));
        (RetractedAt, RetractedBy, RetractionReason) = (now, actor, reason);
        var version = Changed();
        Raise(new ObservationRetracted(CityId, Id, IndicatorCode, ReferenceYear, BreakdownKey, reason, version, now));
    }

    /// <summary>
    /// The observation as it stood at <paramref name="asOf"/>, from <paramref name="changes"/> (its
    /// history, any order): null when it did not exist yet or was retracted by then.
    /// </summary>
    public Observation? AsOf(DateTimeOffset asOf, IEnumerable<ObservationChange> changes)
    {
        if (CreatedAt > asOf || RetractedAt <= asOf)
        {
            return null;
        }

        // The first change after that time holds the values of that time; none: they are today's.
        var next = changes.Where(c => c.At > asOf).OrderBy(c => c.At).ThenBy(c => c.Id).FirstOrDefault();
        if (next is null)
        {
            return this;
        }

        return Before(next);
    }

    /// <summary>A read-only copy of the observation as it stood just before <paramref name="change"/>.</summary>
    public Observation Before(ObservationChange change)
    {
        var then = (Observation)MemberwiseClone();
        then.Apply(change.PreviousDraft(this));
        // Retraction is final: before any change, the observation stood.
        (then.RetractedAt, then.RetractedBy, then.RetractionReason) = (null, null, null);
        return then;
    }

    /// <summary>What the observation states now, for its events.</summary>
    public ObservationFigure Figure() =>
        new(ReferenceYear, Kind.ToString().ToLowerInvariant(), Value, TextValue, BreakdownKey, Source, SourceUrl);

    private void Apply(ObservationDraft draft)
    {
        ReferenceYear = draft.ReferenceYear;
        Kind = draft.Kind;
        Value = draft.Kind == ObservationKind.Value ? draft.Value : null;
        TextValue = draft.Kind == ObservationKind.Text ? draft.TextValue : null;
        GapMissing = draft.Kind == ObservationKind.Gap ? draft.GapMissing : null;
        GapReason = draft.Kind == ObservationKind.Gap ? draft.GapReason : null;
        Source = draft.Source;
        SourceUrl = draft.SourceUrl;
        Breakdown = draft.Breakdown;
        BreakdownKey = draft.Breakdown.Key;
        Note = draft.Note;
    }

    private void EnsureNotRetracted(string verb)
    {
        if (RetractedAt is not null)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"{ResourceName} was retracted and cannot be {verb}.");
        }
    }
}

/// <summary>A checked CreateObservation request (or a seed figure).</summary>
public sealed record ObservationDraft(
    string CityId, string IndicatorCode, int ReferenceYear, ObservationKind Kind, string Source,
    double? Value = null, string? TextValue = null, string? GapMissing = null, string? GapReason = null,
    Breakdown? BreakdownOrTotal = null, string Note = "", string SourceUrl = "")
{
    public Breakdown Breakdown => BreakdownOrTotal ?? Breakdown.Total;
}
