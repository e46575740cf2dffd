namespace Mc2cm.Domain.Validation;

/// <summary>A fixed list of codes (ISO countries, currencies, languages), written as one string separated by white space.</summary>
internal sealed class CodeList(string codes)
{
    private readonly HashSet<string> _codes = new(codes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    public int Count => _codes.Count;

    public bool Contains(string? code) => code is not null && _codes.Contains(code);

    /// <summary>Adds a violation unless <paramref name="code"/> is one of the list; "is required" when it is empty.</summary>
    /// <param name="example">A code of the list, shown as a good value.</param>
    public FieldViolations Require(FieldViolations violations, string field, string? code, string description, string example) =>
        string.IsNullOrEmpty(code) ? violations.Required(field) : violations.Check(Contains(code), field, description, FieldReason.InvalidFormat(example));
}
