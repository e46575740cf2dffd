namespace Mc2cm.Domain.Validation;

/// <summary>Addresses people can follow: absolute http or https URLs.</summary>
public static class UrlRules
{
    /// <summary>The reason of <see cref="OptionalHttpUrl"/>'s violation.</summary>
    public const string NotAnHttpUrl = "NOT_AN_HTTP_URL";

    /// <summary>Optional URL: empty, or an absolute http or https URL of at most <paramref name="maxLength"/> characters.</summary>
    public static FieldViolations OptionalHttpUrl(this FieldViolations violations, string field, string? value, int maxLength) =>
        string.IsNullOrEmpty(value) || IsHttpUrl(value, maxLength)
            ? violations
            : violations.Add(field, $"must be an absolute http or https URL of at most {maxLength} characters, such as https://example.org/page.", NotAnHttpUrl);

    /// <summary>
    /// Whether <paramref name="value"/> is an absolute http or https URL with a host and without
    /// white space (a URL pasted with a space is two things, not one address).
    /// </summary>
    public static bool IsHttpUrl(string value, int maxLength) =>
        value.Length <= maxLength && !value.Any(char.IsWhiteSpace) && !value.Any(char.IsControl)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;
}
