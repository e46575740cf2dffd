using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Meetings;
using IcsCalendar = Ical.Net.Calendar;

namespace Mc2cm.Dialogue.Calendar;

/// <summary>
/// Writes meetings as iCalendar VEVENTs with Ical.Net. Meetings have days, not hours, so each is
/// an all-day event (DTSTART;VALUE=DATE, DTEND the day after the last, as RFC 5545 counts).
/// A stable UID and a SEQUENCE that grows with every change let subscribers update the events
/// they hold; a cancelled meeting stays in the feed with STATUS:CANCELLED so it disappears
/// from their calendars rather than lingering.
/// </summary>
public sealed class CalendarWriter(
    IReadOnlyDictionary<string, LocalizedText> cityNames, IReadOnlyDictionary<string, LocalizedText> themeNames, string? language)
{
    public const string UidDomain = "dialogue.mc2cm.org";

    public string Write(IEnumerable<Meeting> meetings)
    {
        var calendar = new IcsCalendar { ProductId = "-//MC2CM//Dialogue//EN" };
        calendar.AddProperty("X-WR-CALNAME", "MC2CM Dialogue");
        foreach (var meeting in meetings)
        {
            calendar.Events.Add(ToEvent(meeting));
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private CalendarEvent ToEvent(Meeting meeting)
    {
        var calendarEvent = new CalendarEvent
        {
            Uid = $"{meeting.Id}@{UidDomain}",
            Summary = meeting.Names.In(language).Text,
            Start = new CalDateTime(meeting.Dates.Start),
            End = new CalDateTime(meeting.Dates.End.AddDays(1)),
            Location = Place(meeting),
            Description = string.Join(", ", meeting.ThemeIds.Select(ThemeName)),
            Status = meeting.State switch
            {
                MeetingState.Planned => Ical.Net.EventStatus.Tentative,
                MeetingState.Cancelled => Ical.Net.EventStatus.Cancelled,
                _ => Ical.Net.EventStatus.Confirmed,
            },
            Sequence = (int)Math.Min(meeting.Version, int.MaxValue),
            DtStamp = new CalDateTime(meeting.UpdatedAt.UtcDateTime, "UTC"),
        };
        foreach (var theme in meeting.ThemeIds)
        {
            calendarEvent.Categories.Add(ThemeName(theme));
        }

        return calendarEvent;
    }

    private string Place(Meeting meeting)
    {
        var city = meeting.HostCityId is { } host ? (cityNames.TryGetValue(host, out var names) ? names.In(language).Text : host) : null;
        return string.Join(", ", new[] { meeting.Location, city }.Where(p => !string.IsNullOrEmpty(p)).Distinct());
    }

    private string ThemeName(string themeId) => themeNames.TryGetValue(themeId, out var names) ? names.In(language).Text : themeId;
}
