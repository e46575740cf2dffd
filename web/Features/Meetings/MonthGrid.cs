namespace Mc2cm.Web.Features.Meetings;

/// <summary>The weeks of a month as a calendar shows them: whole weeks from the culture's first day, with the neighbouring months' days to fill them.</summary>
public static class MonthGrid
{
    public static IReadOnlyList<IReadOnlyList<DateOnly>> Weeks(int year, int month, DayOfWeek firstDay)
    {
        var first = new DateOnly(year, month, 1);
        var start = first.AddDays(-(((int)first.DayOfWeek - (int)firstDay + 7) % 7));
        var last = first.AddMonths(1).AddDays(-1);
        var weeks = new List<IReadOnlyList<DateOnly>>();
        for (var day = start; day <= last; day = day.AddDays(7))
        {
            weeks.Add([.. Enumerable.Range(0, 7).Select(day.AddDays)]);
        }

        return weeks;
    }

    /// <summary>"2016-05" → May 2016; anything else → null.</summary>
    public static DateOnly? ParseMonth(string? month) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var first)
            ? first
            : null;
}
