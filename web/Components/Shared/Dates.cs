using System.Globalization;
using Mc2cm.Web.Localization;
using ProtoDate = Google.Type.Date;

namespace Mc2cm.Web.Components.Shared;

/// <summary>Dates of the services (google.type.Date) in the page's language, with a machine-readable form for &lt;time&gt;.</summary>
public static class Dates
{
    public static DateOnly? ToDateOnly(this ProtoDate? date) =>
        date is { Year: > 0, Month: >= 1 and <= 12, Day: >= 1 } && date.Day <= DateTime.DaysInMonth(date.Year, date.Month)
            ? new DateOnly(date.Year, date.Month, date.Day)
            : null;

    /// <summary>A day a form asked for, as the services take it; none stays unset (the service says it is required).</summary>
    public static ProtoDate? ToProto(this DateOnly? date) =>
        date is { } d ? new ProtoDate { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    /// <summary>"12 May 2031", "12 mai 2031", "12 مايو 2031".</summary>
    public static string Long(this ProtoDate? date, CurrentLanguage language) =>
        date.ToDateOnly() is { } day ? day.Long(language) : string.Empty;

    /// <inheritdoc cref="Long(ProtoDate?, CurrentLanguage)"/>
    public static string Long(this DateOnly date, CurrentLanguage language) => date.ToString("d MMMM yyyy", language.Language.Culture);

    /// <summary>An ISO day ("2031-05-12") in the page's language; anything else as it is.</summary>
    public static string LongFromIso(string iso, CurrentLanguage language) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day.Long(language) : iso;

    /// <summary>"2031-05-12", for the datetime attribute.</summary>
    public static string Iso(this ProtoDate? date) => date.ToDateOnly()?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A span of days: "12–13 May 2031" is left to the reader as two dates, which every language reads the same way.</summary>
    public static string Range(ProtoDate? start, ProtoDate? end, CurrentLanguage language) =>
        start.Iso() == end.Iso() || end.ToDateOnly() is null ? start.Long(language) : $"{start.Long(language)} – {end.Long(language)}";

}
