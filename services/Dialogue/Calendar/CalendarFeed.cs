using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Data;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Mc2cm.Dialogue.Calendar;

/// <summary>
/// GET /api/v1/calendar.ics: the meetings as an iCalendar feed (RFC 5545) that calendar apps
/// subscribe to, filtered by ?theme= and ?city=, titles in ?lang= or the
/// Accept-Language. A non-gRPC representation, so a minimal API beside the transcoded routes.
/// </summary>
public static class CalendarFeed
{
    public const string Path = "/api/v1/calendar.ics";
    public const string MediaType = "text/calendar";

    /// <summary>At most this many meetings, the latest first: a feed is fetched often and in full.</summary>
    public const int MaxEvents = 500;

    public static IEndpointRouteBuilder MapCalendarFeed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, WriteAsync).WithName("CalendarFeed").AllowAnonymous();
        return endpoints;
    }

    private static async Task<IResult> WriteAsync(
        HttpContext http, DialogueDbContext db,
        [FromQuery] string? theme, [FromQuery] string? city, [FromQuery] string? lang)
    {
        var violations = new FieldViolations();
        var filter = new MeetingFilter(
            violations.ReadFilter("theme", theme ?? string.Empty, "themes"),
            violations.ReadFilter("city", city ?? string.Empty, "cities"),
            Kind: null, From: null, To: null, State: null);
        var language = string.IsNullOrEmpty(lang) ? ReaderLanguage.FromAcceptLanguage(http.Request.Headers.AcceptLanguage) : lang.ToLowerInvariant();
        violations.Check(language is null || LocalizedText.Languages.Contains(language), "lang", "must be \"en\", \"fr\" or \"ar\".", FieldReasons.NotAllowed);
        if (!violations.IsEmpty)
        {
            // The same JSON error body, google.rpc.Status with its details, as the transcoded routes write.
            return ApiErrorResponses.Result(new InvalidArgumentException(violations.All, violations.Parameters).ToStatus());
        }

        var meetings = await filter.Apply(db.Meetings.AsNoTracking())
            .OrderByDescending(m => m.Dates.Start).ThenBy(m => m.Id).Take(MaxEvents).ToListAsync(http.RequestAborted);
        var cityNames = await db.CityNamesAsync(meetings.Select(m => m.HostCityId), http.RequestAborted);
        var themes = await db.Themes.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Names, http.RequestAborted);
        var text = new CalendarWriter(cityNames, themes, language).Write(meetings);
        http.Response.Headers[HeaderNames.CacheControl] = "public, max-age=300";
        return Results.Text(text, $"{MediaType}; charset=utf-8");
    }
}
