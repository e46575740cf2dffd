using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Validation;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Indicators;

/// <summary>Reads indicator requests, checking every field first.</summary>
public static class IndicatorRequestReader
{
    public const string Collection = "indicators";

    public static IndicatorDefinition ReadCreate(Proto.CreateIndicatorRequest request, int position)
    {
        var violations = new FieldViolations();
        violations.Slug("indicator_id", request.IndicatorId);
        var indicator = request.Indicator ?? new Proto.Indicator();
        var names = violations.ReadLocalizedText("indicator.display_name", indicator.DisplayName, 200);
        violations.RequiredText("indicator.unit", indicator.Unit, 60);
        violations.Enum("indicator.dimension", indicator.Dimension,
            "must be one of the six IOM Local MGI dimensions, DIMENSION_POPULATION or DIMENSION_ACCESS_TO_SERVICES.");
        violations.Enum("indicator.value_kind", indicator.ValueKind, "must be VALUE_KIND_NUMBER or VALUE_KIND_TEXT.");
        violations.Check(indicator.AllowedDisaggregations.All(d => d != Proto.Disaggregation.Unspecified && Enum.IsDefined(d)),
            "indicator.allowed_disaggregations", "must list only SEX, AGE_GROUP, NATIONALITY or LEGAL_STATUS.", FieldReasons.NotAllowed);
        violations.ThrowIfAny();
        return new IndicatorDefinition(request.IndicatorId, names, indicator.Unit, indicator.Dimension,
            indicator.AllowedDisaggregations, indicator.ValueKind, indicator.KeyFigure, position);
    }

    public static (string Code, IReadOnlyList<string> Cities, int? Year, string? Language) ReadCompare(
        Proto.CompareIndicatorRequest request, string? acceptLanguage, TimeProvider clock)
    {
        var violations = new FieldViolations();
        var code = violations.ReadId("name", request.Name, Collection);
        var cities = ReadCityIds(violations, request.Cities);
        if (request.Year != 0)
        {
            violations.ReferenceYear("year", request.Year, clock);
        }

        var language = ReaderLanguage.Read(violations, "lang", request.Language, acceptLanguage);
        violations.ThrowIfAny();
        return (code!, cities, request.Year == 0 ? null : request.Year, language);
    }

    /// <summary>City ids from "lisbon", "cities/lisbon" or "lisbon,tunis", in the order given, without repeats.</summary>
    public static IReadOnlyList<string> ReadCityIds(FieldViolations violations, IEnumerable<string> values)
    {
        var ids = values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.StartsWith("cities/", StringComparison.Ordinal) ? v["cities/".Length..] : v)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        violations.Check(ids.Count <= 100, "cities", "must list at most 100 cities.", FieldReason.TooMany(100));
        foreach (var id in ids.Where(id => !ResourceNames.IsSlug(id)))
        {
            violations.Add("cities", $"\"{id}\" is not a city id such as \"lisbon\".", FieldReason.InvalidFormat("lisbon"));
        }

        return ids;
    }
}
