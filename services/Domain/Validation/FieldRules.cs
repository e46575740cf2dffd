using System.Text.RegularExpressions;

namespace Mc2cm.Domain.Validation;

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
            return violations.Required(field);
        }

        return violations.OptionalText(field, value, maxLength, multiline);
    }

    /// <summary>
    /// Optional text: empty, or at most <paramref name="maxLength"/> characters without control
    /// characters, bidirectional controls or zero-width characters.
    /// </summary>
    /// <param name="multiline">Allows line breaks and tabs (narratives); other control characters stay refused.</param>
    public static FieldViolations OptionalText(this FieldViolations violations, string field, string? value, int maxLength, bool multiline = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return violations;
        }

        if (value.Length > maxLength)
        {
            return violations.Add(field, $"must be at most {maxLength} characters (got {value.Length}).", FieldReason.TooLong(maxLength));
        }

        if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
        {
            return violations.Add(field, multiline ? "must not contain control characters other than line breaks and tabs." : "must not contain control characters.", FieldReasons.ControlCharacters);
        }

        if (value.Any(IsInvisibleControl))
        {
            return violations.Add(field, "must not contain bidirectional controls (U+202A–U+202E, U+2066–U+2069) or zero-width characters (U+200B–U+200D, U+2060, U+FEFF).", FieldReasons.InvisibleControls);
        }

        return value.Trim().Length == value.Length ? violations : violations.Add(field, "must not start or end with white space.", FieldReasons.SurroundingWhiteSpace);
    }

    /// <summary>
    /// Characters that change how a text is shown without being seen: bidirectional overrides,
    /// embeddings and isolates reorder what follows ("Oujda\u202Egnp.exe" reads "Oujdaexe.png"),
    /// zero-width ones make two different names look the same. Arabic and French need none of them
    /// (their marks are combining characters, which stay allowed).
    /// </summary>
    private static bool IsInvisibleControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        or (>= '\u200B' and <= '\u200D') or '\u2060' or '\uFEFF';

    /// <summary>An e-mail address of the usual form name@domain.tld, at most 254 characters.</summary>
    public static FieldViolations Email(this FieldViolations violations, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return violations.Required(field);
        }

        return value.Length <= 254 && EmailPattern().IsMatch(value)
            ? violations
            : violations.Add(field, "must be an e-mail address such as name@example.org.", FieldReason.InvalidFormat("name@example.org"));
    }

    /// <summary>A reference year: from 1900 up to and including this year.</summary>
    public static FieldViolations ReferenceYear(this FieldViolations violations, string field, int year, TimeProvider clock)
    {
        var thisYear = clock.GetUtcNow().Year;
        return year >= 1900 && year <= thisYear ? violations : violations.Add(field, $"must be a year from 1900 to {thisYear}.", FieldReason.Range(1900, thisYear));
    }

    [GeneratedRegex(@"^[^@\s\p{C}]+@[^@\s\p{C}]+\.[^@\s\p{C}]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();
}
