using Mc2cm.Web.Components.Shared;
using Mc2cm.Web.Gateway;
using Mc2cm.Web.Localization;
using Microsoft.AspNetCore.WebUtilities;

namespace Mc2cm.Web.Features.Meetings;

/// <summary>GET /meetings/calendar.ics: Dialogue's iCalendar feed (RFC 5545) from the gateway, through the portal, for calendar apps to subscribe to.</summary>
public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MeetingFilters.CalendarFeedPath, (HttpContext http, GatewayFeeds feeds, CurrentLanguage language, string? theme, string? city) =>
        {
            var query = new Dictionary<string, string?>
            {
                ["theme"] = ResourceIds.IsValid(theme) ? $"themes/{theme}" : null,
                ["city"] = ResourceIds.IsValid(city) ? $"cities/{city}" : null,
                ["lang"] = language.Code,
            };
            var path = QueryHelpers.AddQueryString("/api/v1/calendar.ics", query.Where(p => p.Value is not null));
            // No download name: a calendar app subscribes to the address itself.
            return FeedProxy.PassOnAsync(feeds, path, "text/calendar", downloadName: null, http.RequestAborted);
        });
        return endpoints;
    }
}
