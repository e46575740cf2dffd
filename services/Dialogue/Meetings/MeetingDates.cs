namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// The days of a meeting, first and last included, in its time zone (an IANA id such as
/// "Africa/Tunis"): "today" for a meeting is today where it takes place.
/// </summary>
public sealed record MeetingDates(DateOnly Start, DateOnly End, string TimeZone)
{
    /// <summary>How many days it lasts.</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Overlaps(DateOnly from, DateOnly to) => End >= from && Start <= to;

    /// <summary>The date at <paramref name="now"/> in the meeting's time zone.</summary>
    public DateOnly Today(DateTimeOffset now) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)).DateTime);

    public bool HasStarted(DateTimeOffset now) => Today(now) >= Start;

    public bool HasEnded(DateTimeOffset now) => Today(now) > End;

    /// <summary>Whether <paramref name="timeZone"/> is an IANA time zone this machine knows (not a Windows id).</summary>
    public static bool IsKnownTimeZone(string? timeZone) =>
        !string.IsNullOrWhiteSpace(timeZone) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) && zone.HasIanaId;
}
