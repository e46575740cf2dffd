using System.Globalization;
using System.Text.RegularExpressions;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Observations;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>
/// A comparison's breakdown ("?breakdown=sex"): the categories of one way of dividing the
/// population, each a column beside the total. Sex and legal status have fixed categories; age and
/// nationality groups are those the figures use, as the cities report them.
/// </summary>
public static partial class BreakdownColumns
{
    private static readonly Dictionary<string, Proto.Disaggregation> Names = new(StringComparer.Ordinal)
    {
        ["sex"] = Proto.Disaggregation.Sex,
        ["age_group"] = Proto.Disaggregation.AgeGroup,
        ["nationality"] = Proto.Disaggregation.Nationality,
        ["legal_status"] = Proto.Disaggregation.LegalStatus,
    };

    /// <summary>The breakdown asked for, null for totals only.</summary>
    public static Proto.Disaggregation? Read(FieldViolations violations, string field, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (Names.TryGetValue(value, out var dimension))
        {
            return dimension;
        }

        violations.Add(field, $"must be one of {string.Join(", ", Names.Keys)}.", FieldReasons.NotAllowed);
        return null;
    }

    /// <summary>The query value of a breakdown: "sex", "age_group"...</summary>
    public static string NameOf(Proto.Disaggregation dimension) => Names.First(n => n.Value == dimension).Key;

    /// <summary>The category of <paramref name="observation"/> in <paramref name="dimension"/>, or null unless it is broken down by that alone.</summary>
    public static string? CategoryOf(Observation observation, Proto.Disaggregation dimension)
    {
        var breakdown = observation.Breakdown;
        if (breakdown.Dimensions().ToList() is not [var only] || only != dimension)
        {
            return null;
        }

        return dimension switch
        {
            Proto.Disaggregation.Sex => Snake(breakdown.Sex.ToString()),
            Proto.Disaggregation.AgeGroup => breakdown.AgeGroup,
            Proto.Disaggregation.Nationality => breakdown.Nationality,
            _ => Snake(breakdown.LegalStatus.ToString()),
        };
    }

    /// <summary>The columns: every category of a fixed list, or those the figures use, in a natural order.</summary>
    public static IReadOnlyList<string> Categories(Proto.Disaggregation dimension, IEnumerable<Observation> observations) => dimension switch
    {
        Proto.Disaggregation.Sex => Fixed<Proto.Sex>(),
        Proto.Disaggregation.LegalStatus => Fixed<Proto.LegalStatus>(),
        Proto.Disaggregation.AgeGroup => Used(dimension, observations).OrderBy(LowerBound).ThenBy(a => a, StringComparer.Ordinal).ToList(),
        _ => Used(dimension, observations).Order(StringComparer.Ordinal).ToList(),
    };

    private static List<string> Fixed<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Where(v => Convert.ToInt32(v, CultureInfo.InvariantCulture) != 0).Select(v => Snake(v.ToString())).ToList();

    private static IEnumerable<string> Used(Proto.Disaggregation dimension, IEnumerable<Observation> observations) =>
        observations.Select(o => CategoryOf(o, dimension)).OfType<string>().Distinct(StringComparer.Ordinal);

    private static int LowerBound(string ageGroup) => int.Parse(LeadingDigits().Match(ageGroup).Value, CultureInfo.InvariantCulture);

    /// <summary>"AsylumSeeker" → "asylum_seeker".</summary>
    private static string Snake(string name) => WordStart().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex(@"^\d+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDigits();

    [GeneratedRegex(@"(?<=[a-z])([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex WordStart();
}
