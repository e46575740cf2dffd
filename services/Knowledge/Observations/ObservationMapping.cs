using Google.Protobuf.WellKnownTypes;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Observations;

/// <summary>Writes observations and comparison cells as mc2cm.knowledge.v1 messages.</summary>
public static class ObservationMapping
{
    public static Proto.Observation ToProto(this Observation observation)
    {
        var message = new Proto.Observation
        {
            Name = observation.ResourceName,
            City = $"cities/{observation.CityId}",
            Indicator = $"indicators/{observation.IndicatorCode}",
            ReferenceYear = observation.ReferenceYear,
            Source = observation.Source,
            SourceUrl = observation.SourceUrl,
            Note = observation.Note,
            Breakdown = observation.Breakdown == Breakdown.Total ? null : new Proto.Breakdown
            {
                Sex = observation.Breakdown.Sex,
                AgeGroup = observation.Breakdown.AgeGroup,
                Nationality = observation.Breakdown.Nationality,
                LegalStatus = observation.Breakdown.LegalStatus,
            },
            CreateTime = Timestamp.FromDateTimeOffset(observation.CreatedAt),
            CreatedBy = observation.CreatedBy,
            Etag = ETag.From(observation.Version),
            UpdateTime = observation.UpdatedAt is { } updated ? Timestamp.FromDateTimeOffset(updated) : null,
            Retraction = observation.RetractedAt is { } retracted
                ? new Proto.Retraction { RetractTime = Timestamp.FromDateTimeOffset(retracted), RetractedBy = observation.RetractedBy ?? string.Empty, Reason = observation.RetractionReason ?? string.Empty }
                : null,
        };
        switch (observation.Kind)
        {
            case ObservationKind.Value:
                message.Value = observation.Value ?? 0;
                break;
            case ObservationKind.Text:
                message.TextValue = observation.TextValue ?? string.Empty;
                break;
            default:
                message.Gap = new Proto.DataGap { Missing = observation.GapMissing ?? string.Empty, Reason = observation.GapReason ?? string.Empty };
                break;
        }

        return message;
    }

    /// <summary>A change of <paramref name="observation"/>, with the values it had before.</summary>
    public static Proto.ObservationChange ToProto(this ObservationChange change, Observation observation)
    {
        var previous = observation.Before(change).ToProto();
        // The etag and times of now would mislead on a past state.
        (previous.Etag, previous.UpdateTime) = (string.Empty, null);
        return new Proto.ObservationChange
        {
            Kind = (Proto.ObservationChangeKind)(int)change.Kind,
            ChangeTime = Timestamp.FromDateTimeOffset(change.At),
            ChangedBy = change.Actor,
            Reason = change.Reason,
            Previous = previous,
        };
    }

    /// <summary>A comparison cell: the figure with its year and source, the gap, or "not reported" — never a zero for missing data.</summary>
    public static Proto.ComparisonCell ToCell(this Observation? observation) => observation switch
    {
        null => new Proto.ComparisonCell { Status = Proto.CellStatus.NotReported },
        { Kind: ObservationKind.Gap } gap => new Proto.ComparisonCell
        {
            Status = Proto.CellStatus.Gap,
            ReferenceYear = gap.ReferenceYear,
            Source = gap.Source,
            SourceUrl = gap.SourceUrl,
            Gap = new Proto.DataGap { Missing = gap.GapMissing ?? string.Empty, Reason = gap.GapReason ?? string.Empty },
            Observation = gap.ResourceName,
        },
        _ => new Proto.ComparisonCell
        {
            Status = Proto.CellStatus.Value,
            Value = observation.Value ?? 0,
            TextValue = observation.TextValue ?? string.Empty,
            ReferenceYear = observation.ReferenceYear,
            Source = observation.Source,
            SourceUrl = observation.SourceUrl,
            Observation = observation.ResourceName,
        },
    };
}
