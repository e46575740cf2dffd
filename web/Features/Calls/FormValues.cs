using System.Globalization;

namespace Mc2cm.Web.Features.Calls;

/// <summary>Dates as a date input sends them ("2031-05-12"), as google.type.Date.</summary>
public static class FormDates
{
    /// <summary>Null when nothing or no date was typed: the service says the date is required.</summary>
    public static Google.Type.Date? Parse(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new Google.Type.Date { Year = day.Year, Month = day.Month, Day = day.Day }
            : null;

    public static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>An enum's values as checkboxes and selects post them: the value's C# name ("KnowledgeAndData").</summary>
public static class FormEnums
{
    /// <summary>The known values among <paramref name="names"/>, each once; unknown ones (a crafted post) are dropped, so the service judges what is left.</summary>
    public static IEnumerable<TEnum> Parse<TEnum>(IEnumerable<string> names)
        where TEnum : struct, Enum =>
        names.Select(n => Enum.TryParse<TEnum>(n, ignoreCase: false, out var value) && Known(value) ? value : (TEnum?)null)
            .OfType<TEnum>().Distinct();

    /// <summary>Every value but the unspecified zero.</summary>
    public static IEnumerable<TEnum> All<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Where(Known);

    private static bool Known<TEnum>(TEnum value)
        where TEnum : struct, Enum => Enum.IsDefined(value) && Convert.ToInt32(value, CultureInfo.InvariantCulture) != 0;
}
