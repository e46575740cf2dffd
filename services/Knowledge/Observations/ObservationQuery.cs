using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.ServiceDefaults.Api;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Knowledge.Observations;

/// <summary>The filters of an observation list, shared by the gRPC call and its CSV representation.</summary>
public sealed record ObservationFilter(string? CityId, string? IndicatorCode, int? Year);

public sealed class ObservationQuery(KnowledgeDbContext db)
{
    public static ObservationFilter ReadFilter(FieldViolations violations, string? city, string? indicator, int year, TimeProvider clock)
    {
        var cityId = Strip(city, "cities/");
        var code = Strip(indicator, "indicators/");
        if (cityId is not null) violations.Slug("city", cityId);
        if (code is not null) violations.Slug("indicator", code);
        if (year != 0) violations.ReferenceYear("year", year, clock);
        return new ObservationFilter(cityId, code, year == 0 ? null : year);
    }

    public IQueryable<Observation> Filter(ObservationFilter filter)
    {
        // A retracted figure no longer counts: it is read one at a time, with its history.
        var observations = db.Observations.AsNoTracking().Standing();
        if (filter.CityId is { } city) observations = observations.Where(o => o.CityId == city);
        if (filter.IndicatorCode is { } code) observations = observations.Where(o => o.IndicatorCode == code);
        if (filter.Year is { } year) observations = observations.Where(o => o.ReferenceYear == year);
        return observations;
    }

    /// <summary>A stable order: city, indicator, year, breakdown.</summary>
    public static IQueryable<Observation> Order(IQueryable<Observation> observations) =>
        observations.OrderBy(o => o.CityId).ThenBy(o => o.IndicatorCode).ThenBy(o => o.ReferenceYear).ThenBy(o => o.BreakdownKey);

    private static string? Strip(string? value, string prefix) =>
        string.IsNullOrEmpty(value) ? null : value.StartsWith(prefix, StringComparison.Ordinal) ? value[prefix.Length..] : value;
}
