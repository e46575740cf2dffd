using Mc2cm.Knowledge.Observations;

namespace Mc2cm.Knowledge.Imports;

/// <summary>The columns an import reads: those of the observations' CSV export, by the same names.</summary>
public static class ObservationImportColumns
{
    public const string Observation = "observation";
    public const string City = "city";
    public const string Indicator = "indicator";
    public const string ReferenceYear = "reference_year";
    public const string Sex = "sex";
    public const string AgeGroup = "age_group";
    public const string Nationality = "nationality";
    public const string LegalStatus = "legal_status";
    public const string Kind = "kind";
    public const string Value = "value";
    public const string TextValue = "text_value";
    public const string Source = "source";
    public const string GapMissing = "gap_missing";
    public const string GapReason = "gap_reason";
    public const string Note = "note";
    public const string SourceUrl = "source_url";

    /// <summary>Without these a row says nothing; the others may be left out of a file.</summary>
    public static readonly IReadOnlyList<string> Required = [City, Indicator, ReferenceYear, Kind];

    public static readonly IReadOnlySet<string> Known = ObservationsCsv.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The column of a field a request reader names ("observation.gap.missing" is "gap_missing").</summary>
    public static string OfField(string field) => field switch
    {
        "observation.city" => City,
        "observation.indicator" => Indicator,
        "observation.reference_year" => ReferenceYear,
        "observation.result" => Kind,
        "observation.value" => Value,
        "observation.text_value" => TextValue,
        "observation.gap.missing" => GapMissing,
        "observation.gap.reason" => GapReason,
        "observation.source" => Source,
        "observation.source_url" => SourceUrl,
        "observation.note" => Note,
        "observation.breakdown.sex" => Sex,
        "observation.breakdown.age_group" => AgeGroup,
        "observation.breakdown.nationality" => Nationality,
        "observation.breakdown.legal_status" => LegalStatus,
        _ => string.Empty,
    };
}
