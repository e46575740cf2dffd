using System.Text.RegularExpressions;

namespace Mc2cm.ServiceDefaults.Validation;

/// <summary>
/// The field rules every service applies the same way: text, e-mail, years and dates. Each
/// rule adds at most one violation for its field and says what a good value looks like.
/// </summary>
public static partial class FieldRules
{
    /// <summary>Required text: not blank, at most <paramref name="maxLength"/> characters, no control characters.</summary>
    /// <param name="multiline">Allows line breaks and tabs (narratives); other control characters stay refused.</param>
    public static FieldViolations RequiredText(this FieldViolations violations, string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return violations.Add(field, "is required.");
        }

        return violations.OptionalText(field, value, maxLength, multiline);
    }

    /// <summary>Optional text: empty, or at most <paramref name="maxLength"/> characters without control characters.</summary>
    /// <param name="multiline">Allows line breaks and tabs (narratives); other control characters stay refused.</param>
    public static FieldViolations OptionalText(this FieldViolations violations, string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return violations;
        }

        if (value.Length > maxLength)
        {
            return violations.Add(field, $"must be at most {maxLength} characters (got {value.Length}).");
        }

        if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            return violations.Add(field, multiline ? "must not contain control characters other than line breaks and tabs." : "must not contain control characters.");
        }

        return violations.Check(value.Trim().Length == value.Length, field, "must not start or end with white space.");
    }

    /// <summary>An e-mail address of the usual form name@domain.tld, at most 254 characters.</summary>
    public static FieldViolations Email(this FieldViolations violations, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return violations.Add(field, "is required.");
        }

        return violations.Check(value.Length <= 254 && EmailPattern().IsMatch(value), field, "must be an e-mail address such as name@example.org.");
    }

    /// <summary>A reference year: from 1900 up to and including this year.</summary>
    public static FieldViolations ReferenceYear(this FieldViolations violations, string field, int year, TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        return violations.Check(year >= 1900 && year <= thisYear, field, $"must be a year from 1900 to {thisYear}.");
    }

    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
