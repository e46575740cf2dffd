using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Cities.V1;

namespace Mc2cm.Cities.Cities;

/// <summary>The filters, order and page of a ListCities call, checked, and how they apply to a query.</summary>
public sealed record CityListQuery(
    Region? Region, string? CountryCode, string? PhaseId, MembershipStatus? Status, string? Text,
    string OrderBy, bool Descending, PageRequest Page)
{
    private static readonly string[] Orderings = ["display_name", "country_code", "create_time"];

    public static CityListQuery Read(Proto.ListCitiesRequest request)
    {
        var violations = new FieldViolations();
        Region? region = request.Region switch
        {
            Proto.Region.Unspecified => null,
            Proto.Region.Europe => Cities.Region.Europe,
            Proto.Region.NorthAfrica => Cities.Region.NorthAfrica,
            Proto.Region.MiddleEast => Cities.Region.MiddleEast,
            _ => null,
        };
        violations.Check(request.Region == Proto.Region.Unspecified || region is not null, "region", "is not a known region.", FieldReasons.NotAllowed);
        if (request.CountryCode.Length > 0)
        {
            violations.CountryCode("country_code", request.CountryCode);
        }

        var phase = request.Phase.Length > 0 ? violations.ReadId("phase", request.Phase, "phases") : null;
        MembershipStatus? status = request.MembershipStatus switch
        {
            Proto.MembershipStatus.Member => MembershipStatus.Member,
            Proto.MembershipStatus.FormerMember => MembershipStatus.FormerMember,
            Proto.MembershipStatus.NotMember => MembershipStatus.NotMember,
            _ => null,
        };
        violations.Check(request.MembershipStatus == Proto.MembershipStatus.Unspecified || status is not null, "membership_status", "is not a known status.", FieldReasons.NotAllowed);
        violations.OptionalText("query", request.Query, 100);

        var order = request.OrderBy.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var orderField = order.Length > 0 ? order[0] : "display_name";
        var descending = order.Length == 2 && order[1] == "desc";
        violations.Check(Orderings.Contains(orderField) && (order.Length < 2 || descending) && order.Length <= 2,
            "order_by", $"must be one of {string.Join(", ", Orderings)}, optionally followed by \" desc\".", FieldReasons.NotAllowed);

        var page = PageRequest.Read(violations, request.PageSize, request.PageToken,
            request.Region, request.CountryCode, request.Phase, request.MembershipStatus, request.Query, request.OrderBy);
        violations.ThrowIfAny();
        var text = request.Query.Length > 0 ? LocalizedText.Fold(request.Query) : null;
        return new CityListQuery(region, NullIfEmpty(request.CountryCode), phase, status, text, orderField, descending, page);
    }

    public IQueryable<City> Filter(IQueryable<City> cities)
    {
        if (Region is { } region) cities = cities.Where(c => c.Region == region);
        if (CountryCode is { } country) cities = cities.Where(c => c.CountryCode == country);
        if (PhaseId is { } phase) cities = cities.Where(c => c.Memberships.Any(m => m.PhaseId == phase));
        if (Text is { } text) cities = cities.Where(c => c.SearchText.Contains(text));
        return Status switch
        {
            MembershipStatus.Member => cities.Where(c => c.Memberships.Any(m => m.LeftOn == null)),
            MembershipStatus.FormerMember => cities.Where(c => c.Memberships.Any() && c.Memberships.All(m => m.LeftOn != null)),
            MembershipStatus.NotMember => cities.Where(c => !c.Memberships.Any()),
            _ => cities,
        };
    }

    /// <summary>Orders by the chosen field, then by id, so pages never overlap or skip.</summary>
    public IQueryable<City> Order(IQueryable<City> cities) => (OrderBy, Descending) switch
    {
        ("country_code", false) => cities.OrderBy(c => c.CountryCode).ThenBy(c => c.Names.En).ThenBy(c => c.Id),
        ("country_code", true) => cities.OrderByDescending(c => c.CountryCode).ThenBy(c => c.Names.En).ThenBy(c => c.Id),
        ("create_time", false) => cities.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id),
        ("create_time", true) => cities.OrderByDescending(c => c.CreatedAt).ThenBy(c => c.Id),
        (_, true) => cities.OrderByDescending(c => c.Names.En).ThenBy(c => c.Id),
        _ => cities.OrderBy(c => c.Names.En).ThenBy(c => c.Id),
    };

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
