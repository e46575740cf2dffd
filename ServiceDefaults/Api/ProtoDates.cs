using Google.Type;
using Mc2cm.Domain.Validation;

namespace Mc2cm.ServiceDefaults.Api;

/// <summary>Conversions between google.type.Date and <see cref="DateOnly"/>.</summary>
public static class ProtoDates
{
    private static readonly DateOnly First = new(1900, 1, 1);
    private static readonly DateOnly Last = new(2100, 12, 31);

    public static Date ToProtoDate(this DateOnly date) =>
        new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static Date? ToProtoDate(this DateOnly? date) => date?.ToProtoDate();

    /// <summary>
    /// Reads a full calendar date (year, month and day all set) from 1900 to 2100; adds a
    /// violation for <paramref name="field"/> and returns null otherwise.
    /// </summary>
    public static DateOnly? ReadDate(this FieldViolations violations, string field, Date? date, bool required = true)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            if (required)
            {
                violations.Required(field);
            }

            return null;
        }

        if (date.Year is < 1900 or > 2100 || date.Month is < 1 or > 12
            || date.Day < 1 || date.Day > System.DateTime.DaysInMonth(date.Year, date.Month))
        {
            // A year outside the range is out of range; a 31 June is no date at all.
            violations.Add(field, "must be a calendar date from 1900-01-01 to 2100-12-31 with year, month and day.",
                date.Year is < 1900 or > 2100 ? FieldReason.Range(First, Last) : FieldReasons.InvalidFormat);
            return null;
        }

        return new DateOnly(date.Year, date.Month, date.Day);
    }
}
