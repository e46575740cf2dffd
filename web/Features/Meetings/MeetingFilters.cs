using System.Globalization;
using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Shared;
using Microsoft.AspNetCore.WebUtilities;

namespace Mc2cm.Web.Features.Meetings;

/// <summary>
/// The meetings' filters as they stand in the address (?theme=&amp;city=&amp;kind=&amp;year=), turned
/// into a ListMeetings request, a link to the list or the calendar, and the iCalendar feed.
/// </summary>
public sealed record MeetingFilters(string? Theme, string? City, string? Kind, int? Year)
{
    public const string CalendarFeedPath = "/meetings/calendar.ics";

    public MeetingKind KindValue => MeetingKinds.FromSlug(Kind);

    public bool IsEmpty => Theme is null && City is null && KindValue == MeetingKind.Unspecified && Year is null;

    /// <summary>Drops what cannot be a filter (not an id, a year out of range), so the services are asked only sensible things.</summary>
    public static MeetingFilters From(string? theme, string? city, string? kind, int? year) => new(
        ResourceIds.IsValid(theme) ? theme : null,
        ResourceIds.IsValid(city) ? city : null,
        MeetingKinds.FromSlug(kind) == MeetingKind.Unspecified ? null : kind,
        year is >= 1990 and <= 2100 ? year : null);

    public ListMeetingsRequest Request(string language, DateOnly? from = null, DateOnly? to = null)
    {
        from ??= Year is { } y ? new DateOnly(y, 1, 1) : null;
        to ??= Year is { } z ? new DateOnly(z, 12, 31) : null;
        return new ListMeetingsRequest
        {
            PageSize = 100,
            Theme = Theme is null ? string.Empty : $"themes/{Theme}",
            City = City is null ? string.Empty : $"cities/{City}",
            Kind = KindValue,
            From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            To = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
            Language = language,
        };
    }

    /// <summary>The meetings page with these filters (and a view or month when given).</summary>
    public string Link(string? view = null, string? month = null) => QueryHelpers.AddQueryString("/meetings", Pairs()
        .Append(new("view", view))
        .Append(new("month", month))
        .Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>
    /// The calendar feed through the portal, with the filters the feed knows (theme and city); it
    /// holds every kind and year, for a calendar app to keep up to date.
    /// </summary>
    public string FeedLink(string language) => QueryHelpers.AddQueryString(CalendarFeedPath, new Dictionary<string, string?>
    {
        ["theme"] = Theme, ["city"] = City, ["lang"] = language,
    }.Where(p => !string.IsNullOrEmpty(p.Value)));

    private IEnumerable<KeyValuePair<string, string?>> Pairs() =>
    [
        new("theme", Theme), new("city", City), new("kind", Kind), new("year", Year?.ToString(CultureInfo.InvariantCulture)),
    ];
}
