using Timestamp = Google.Protobuf.WellKnownTypes.Timestamp;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
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

    public static ComparisonQuery ReadCompare(Proto.CompareIndicatorRequest request, string? acceptLanguage, TimeProvider clock)
    {
        var violations = new FieldViolations();
        var code = violations.ReadId("name", request.Name, Collection);
        var cities = ReadCityIds(violations, request.Cities);
        if (request.Year != 0)
        {
            violations.ReferenceYear("year", request.Year, clock);
        }

        var language = ReaderLanguage.Read(violations, "lang", request.Language, acceptLanguage);
        var asOf = ReadAsOf(violations, "as_of", request.AsOf, clock);
        var breakdown = BreakdownColumns.Read(violations, "breakdown", request.Breakdown);
        violations.ThrowIfAny();
        return new ComparisonQuery(code!, cities, request.Year == 0 ? null : request.Year, asOf, breakdown, language);
    }

    public static SeriesQuery ReadSeries(Proto.GetIndicatorSeriesRequest request, string? acceptLanguage, TimeProvider clock)
    {
        var violations = new FieldViolations();
        var code = violations.ReadId("name", request.Name, Collection);
        var cities = ReadCityIds(violations, request.Cities);
        violations.Check(cities.Count > 0 || violations.HasViolationFor("cities"), "cities", "must name at least one city.", FieldReasons.Required);
        if (request.FromYear != 0)
        {
            violations.ReferenceYear("from_year", request.FromYear, clock);
        }

        if (request.ToYear != 0)
        {
            violations.ReferenceYear("to_year", request.ToYear, clock);
            violations.Check(request.FromYear == 0 || request.ToYear >= request.FromYear, "to_year", "must not be before from_year.", FieldReason.MustFollow("from_year"));
        }

        var language = ReaderLanguage.Read(violations, "lang", request.Language, acceptLanguage);
        violations.ThrowIfAny();
        return new SeriesQuery(code!, cities, request.FromYear == 0 ? null : request.FromYear, request.ToYear == 0 ? null : request.ToYear, language);
    }

    /// <summary>An "as of" time: a valid timestamp, not in the future; null when unset (now).</summary>
    public static DateTimeOffset? ReadAsOf(FieldViolations violations, string field, Timestamp? asOf, TimeProvider clock)
    {
        if (asOf is null)
        {
            return null;
        }

        if (asOf.Seconds < Timestamp.FromDateTime(new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Seconds
            || asOf.Seconds > Timestamp.FromDateTime(new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc)).Seconds
            || asOf.Nanos is < 0 or > 999_999_999)
        {
            violations.Add(field, "must be a time such as \"2026-01-31T00:00:00Z\", from 1900.", FieldReason.InvalidFormat("2026-01-31T00:00:00Z"));
            return null;
        }

        var time = asOf.ToDateTimeOffset();
        violations.Check(time <= clock.GetUtcNow(), field, "must not be in the future.", FieldReasons.InTheFuture);
        return time;
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

/// <summary>A checked CompareIndicator request (or its CSV form).</summary>
public sealed record ComparisonQuery(
    string Code, IReadOnlyList<string> CityIds, int? Year, DateTimeOffset? AsOf, Proto.Disaggregation? Breakdown, string? Language);

/// <summary>A checked GetIndicatorSeries request (or its CSV form).</summary>
public sealed record SeriesQuery(string Code, IReadOnlyList<string> CityIds, int? FromYear, int? ToYear, string? Language);
