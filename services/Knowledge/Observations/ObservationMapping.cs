using Google.Protobuf.WellKnownTypes;
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
