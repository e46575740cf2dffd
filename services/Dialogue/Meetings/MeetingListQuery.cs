using System.Globalization;
using Grpc.Core;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>The filters, order, page and reader language of a ListMeetings call, checked, and how they apply to a query.</summary>
public sealed record MeetingListQuery(MeetingFilter Filter, bool Descending, PageRequest Page, string? Language)
{
    public static MeetingListQuery Read(Proto.ListMeetingsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var filter = new MeetingFilter(
            violations.ReadFilter("theme", request.Theme, "themes"),
            violations.ReadFilter("city", request.City, "cities"),
            violations.ReadEnum<MeetingKind>("kind", request.Kind, required: false),
            ReadDay(violations, "from", request.From),
            ReadDay(violations, "to", request.To),
            violations.ReadEnum<MeetingState>("state", request.State, required: false),
            request.Flagged);
        violations.Check(filter.From is null || filter.To is null || filter.From <= filter.To, "to", "must be on or after from.", FieldReason.MustFollow("from"));
        var order = request.OrderBy.Trim();
        violations.Check(order is "" or "start_date" or "start_date desc", "order_by", "must be \"start_date\" or \"start_date desc\".", FieldReasons.NotAllowed);
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken,
            request.Theme, request.City, request.Kind, request.From, request.To, request.State, request.Flagged, order);
        var language = ReaderLanguage.Read(violations, "language", request.Language, context);
        violations.ThrowIfAny();
        return new MeetingListQuery(filter, order.EndsWith(" desc", StringComparison.Ordinal), page, language);
    }

    /// <summary>Orders by start date, then id, so pages never overlap or skip.</summary>
    public IQueryable<Meeting> Order(IQueryable<Meeting> meetings) => Descending
        ? meetings.OrderByDescending(m => m.Dates.Start).ThenBy(m => m.Id)
        : meetings.OrderBy(m => m.Dates.Start).ThenBy(m => m.Id);

    /// <summary>A day written "YYYY-MM-DD", as a query string carries it.</summary>
    public static DateOnly? ReadDay(FieldViolations violations, string field, string value)
    {
        if (value.Length == 0)
        {
            return null;
        }

        var ok = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
        violations.Check(ok, field, "must be a date written YYYY-MM-DD, e.g. \"2016-01-01\".", FieldReason.InvalidFormat("2016-01-01"));
        return ok ? day : null;
    }
}

/// <summary>Which meetings a caller asks for; null means any.</summary>
public sealed record MeetingFilter(
    string? ThemeId, string? CityId, MeetingKind? Kind, DateOnly? From, DateOnly? To, MeetingState? State, bool FlaggedOnly = false)
{
    public IQueryable<Meeting> Apply(IQueryable<Meeting> meetings)
    {
        if (ThemeId is { } theme) meetings = meetings.Where(m => m.ThemeIds.Contains(theme));
        if (CityId is { } city) meetings = meetings.Where(m => m.HostCityId == city);
        if (Kind is { } kind) meetings = meetings.Where(m => m.Kind == kind);
        if (From is { } from) meetings = meetings.Where(m => m.Dates.End >= from);
        if (To is { } to) meetings = meetings.Where(m => m.Dates.Start <= to);
        if (State is { } state) meetings = meetings.Where(m => m.State == state);
        if (FlaggedOnly) meetings = meetings.Where(m => m.FlagReason != null);
        return meetings;
    }
}
