using System.Text.RegularExpressions;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Observations;

/// <summary>Reads observation requests: the form of every field first, then the indicator's own rules.</summary>
public sealed partial class ObservationRequestReader(TimeProvider clock)
{
    public ObservationDraft ReadCreate(Proto.CreateObservationRequest request)
    {
        var violations = new FieldViolations();
        var observation = request.Observation ?? new Proto.Observation();
        var city = violations.ReadId("observation.city", observation.City, "cities");
        var indicator = violations.ReadId("observation.indicator", observation.Indicator, "indicators");
        var draft = ReadFigure(violations, observation, city ?? string.Empty, indicator ?? string.Empty);
        violations.ThrowIfAny();
        return draft!;
    }

    /// <summary>
    /// A correction: the observation, its etag, the reason and the figure as it should be (with no
    /// city and no indicator: the service puts the observation's own, which cannot change).
    /// </summary>
    public ObservationCorrection ReadCorrect(Proto.CorrectObservationRequest request)
    {
        var violations = new FieldViolations();
        var id = ReadName(violations, request.Name);
        RequireEtag(violations, request.Etag);
        violations.RequiredText("reason", request.Reason, ObservationLimits.Text);
        var observation = request.Observation ?? new Proto.Observation();
        violations.Check(observation.City.Length == 0, "observation.city", "cannot change: leave it empty.", FieldReasons.NotAllowed);
        violations.Check(observation.Indicator.Length == 0, "observation.indicator", "cannot change: leave it empty.", FieldReasons.NotAllowed);
        var draft = ReadFigure(violations, observation, string.Empty, string.Empty);
        violations.ThrowIfAny();
        return new ObservationCorrection(id, request.Etag, request.Reason, draft!);
    }

    public static (string Id, string Etag, string Reason) ReadRetract(Proto.RetractObservationRequest request)
    {
        var violations = new FieldViolations();
        var id = ReadName(violations, request.Name);
        RequireEtag(violations, request.Etag);
        violations.RequiredText("reason", request.Reason, ObservationLimits.Text);
        violations.ThrowIfAny();
        return (id, request.Etag, request.Reason);
    }

    /// <summary>The id of "observations/{id}".</summary>
    public static string ReadName(FieldViolations violations, string name)
    {
        var id = name.StartsWith("observations/", StringComparison.Ordinal) ? name["observations/".Length..] : string.Empty;
        violations.Check(id.Length is > 0 and <= 32 && id.All(char.IsAsciiLetterOrDigit), "name", "must be \"observations/{id}\".", FieldReasons.InvalidFormat);
        return id;
    }

    private static void RequireEtag(FieldViolations violations, string etag) =>
        violations.Check(etag.Length > 0, "etag", "is required: send the etag of the observation you read, so a stale change is refused.", FieldReasons.Required);

    /// <summary>What a figure states: year, result, source and its address, breakdown, note.</summary>
    private ObservationDraft? ReadFigure(FieldViolations violations, Proto.Observation observation, string city, string indicator)
    {
        violations.ReferenceYear("observation.reference_year", observation.ReferenceYear, clock);
        var kind = observation.ResultCase switch
        {
            Proto.Observation.ResultOneofCase.Value => ObservationKind.Value,
            Proto.Observation.ResultOneofCase.TextValue => ObservationKind.Text,
            Proto.Observation.ResultOneofCase.Gap => ObservationKind.Gap,
            _ => (ObservationKind?)null,
        };
        violations.Check(kind is not null, "observation.result", "must be one of value, text_value or gap.", FieldReasons.Required);
        if (kind == ObservationKind.Value)
        {
            violations.Check(double.IsFinite(observation.Value), "observation.value", "must be a finite number.", FieldReasons.InvalidFormat);
        }

        if (kind == ObservationKind.Text)
        {
            violations.RequiredText("observation.text_value", observation.TextValue, ObservationLimits.Text);
        }

        if (kind == ObservationKind.Gap)
        {
            violations.RequiredText("observation.gap.missing", observation.Gap.Missing, ObservationLimits.Text);
            violations.RequiredText("observation.gap.reason", observation.Gap.Reason, ObservationLimits.Text);
            violations.OptionalText("observation.source", observation.Source, ObservationLimits.Text);
        }
        else
        {
            // Every figure says where it comes from.
            violations.RequiredText("observation.source", observation.Source, ObservationLimits.Text);
        }

        violations.OptionalHttpUrl("observation.source_url", observation.SourceUrl, ObservationLimits.Url);
        var breakdown = ReadBreakdown(violations, observation.Breakdown);
        violations.OptionalText("observation.note", observation.Note, ObservationLimits.Text);
        return kind is not { } known ? null : new ObservationDraft(city, indicator, observation.ReferenceYear, known, observation.Source,
            observation.Value, observation.TextValue, observation.Gap?.Missing, observation.Gap?.Reason, breakdown, observation.Note, observation.SourceUrl);
    }

    /// <summary>The rules of the indicator: the kind of figure and the breakdowns it allows.</summary>
    public static void CheckAgainst(IndicatorDefinition indicator, ObservationDraft draft)
    {
        var violations = new FieldViolations();
        violations.Check(draft.Kind != ObservationKind.Value || indicator.ValueKind == Proto.ValueKind.Number,
            "observation.value", $"{indicator.ResourceName} takes text figures: use text_value.", FieldReasons.NotAllowed);
        violations.Check(draft.Kind != ObservationKind.Text || indicator.ValueKind == Proto.ValueKind.Text,
            "observation.text_value", $"{indicator.ResourceName} takes numbers: use value.", FieldReasons.NotAllowed);
        foreach (var dimension in draft.Breakdown.Dimensions().Where(d => !indicator.AllowedDisaggregations.Contains(d)))
        {
            violations.Add("observation.breakdown", $"{indicator.ResourceName} cannot be broken down by {dimension}.", FieldReasons.NotAllowed);
        }

        violations.ThrowIfAny();
    }

    private static Breakdown ReadBreakdown(FieldViolations violations, Proto.Breakdown? breakdown)
    {
        if (breakdown is null)
        {
            return Breakdown.Total;
        }

        violations.Check(Enum.IsDefined(breakdown.Sex), "observation.breakdown.sex", "is not a known value.", FieldReasons.NotAllowed);
        violations.Check(Enum.IsDefined(breakdown.LegalStatus), "observation.breakdown.legal_status", "is not a known value.", FieldReasons.NotAllowed);
        violations.Check(breakdown.AgeGroup.Length == 0 || AgeGroupPattern().IsMatch(breakdown.AgeGroup),
            "observation.breakdown.age_group", "must be a range such as \"15-24\" or an open group such as \"65+\".", FieldReason.InvalidFormat("15-24"));
        if (breakdown.Nationality.Length > 0)
        {
            violations.CountryCode("observation.breakdown.nationality", breakdown.Nationality);
        }

        return new Breakdown(breakdown.Sex, breakdown.AgeGroup, breakdown.Nationality, breakdown.LegalStatus);
    }

    [GeneratedRegex(@"^\d{1,3}(-\d{1,3}|\+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AgeGroupPattern();
}

/// <summary>A checked CorrectObservation request: <see cref="Figure"/> has no city and no indicator yet.</summary>
public sealed record ObservationCorrection(string Id, string Etag, string Reason, ObservationDraft Figure);
