using Mc2cm.Web.Components.Shared;
using Mc2cm.Web.Gateway;
using Mc2cm.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Mc2cm.Web.Features.Compare;

/// <summary>GET /compare.csv: the comparison on the page as CSV, from the gateway's CSV face (Knowledge's open data), through the portal.</summary>
public static class CompareEndpoints
{
    public const string CsvPath = "/compare.csv";

    public static IEndpointRouteBuilder MapCompareEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CsvPath, (HttpContext http, GatewayFeeds feeds, CurrentLanguage language, string? indicator, string[]? cities, int? year) =>
        {
            if (!ResourceIds.IsValid(indicator))
            {
                return Task.FromResult(Results.NotFound());
            }

            var path = GatewayPath(indicator!, cities ?? [], year, language.Code);
            return FeedProxy.PassOnAsync(feeds, path, "text/csv", $"mc2cm-{indicator}.csv", http.RequestAborted);
        });
        return endpoints;
    }

    /// <summary>The gateway's address of the comparison, with the cities that are ids (others are dropped, not passed on).</summary>
    public static string GatewayPath(string indicator, IEnumerable<string> cities, int? year, string language)
    {
        var query = new Dictionary<string, string?>
        {
            ["cities"] = string.Join(',', cities.Where(ResourceIds.IsValid).Distinct(StringComparer.Ordinal)),
            ["year"] = year is > 0 ? year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            ["lang"] = language,
        };
        return QueryHelpers.AddQueryString($"/api/v1/indicators/{indicator}:compare", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }

    /// <summary>The portal's own address of the CSV for the same choice.</summary>
    public static string CsvLink(string indicator, IEnumerable<string> cities, int? year) =>
        QueryHelpers.AddQueryString(CsvPath, cities.Select(c => new KeyValuePair<string, string?>("cities", c))
            .Prepend(new("indicator", indicator))
            .Concat(year is > 0 ? [new("year", year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))] : []));
}
