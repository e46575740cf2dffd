namespace Mc2cm.Domain.Validation;

/// <summary>
/// The values a field violation's message needs (a limit, a range, the other field), written
/// invariantly (numbers with a dot, dates as yyyy-MM-dd). google.rpc.BadRequest.FieldViolation has
/// no place for them, so they travel as the metadata of the status's one google.rpc.ErrorInfo
/// (reason <see cref="Errors.InvalidArgumentException.Reason"/>), keyed "{field}:{name}", e.g.
/// "meeting.capacity:maximum" = "100000". A client finds a violation's values by its field and
/// never has to read them out of the English description.
/// </summary>
public static class FieldParameters
{
    /// <summary>The most characters a text may have (<see cref="FieldReasons.TooLong"/>).</summary>
    public const string MaxLength = "maxLength";

    /// <summary>The smallest value allowed, a number or a date (<see cref="FieldReasons.OutOfRange"/>).</summary>
    public const string Minimum = "minimum";

    /// <summary>The largest value allowed, a number or a date (<see cref="FieldReasons.OutOfRange"/>).</summary>
    public const string Maximum = "maximum";

    /// <summary>The most items a list may have (<see cref="FieldReasons.TooMany"/>).</summary>
    public const string MaxItems = "maxItems";

    /// <summary>The request's other field this one is compared with, as a field path (<see cref="FieldReasons.MustFollow"/>).</summary>
    public const string Field = "field";

    /// <summary>A good value, e.g. "Europe/Lisbon" (<see cref="FieldReasons.InvalidFormat"/>).</summary>
    public const string Example = "example";

    /// <summary>The ISO 4217 code of the currency required (<see cref="FieldReasons.WrongCurrency"/>).</summary>
    public const string Currency = "currency";

    /// <summary>The first day of the other span of days a span overlaps (<see cref="FieldReasons.Overlaps"/>).</summary>
    public const string Start = "start";

    /// <summary>The last day of that other span, absent when it is open-ended (<see cref="FieldReasons.Overlaps"/>).</summary>
    public const string End = "end";

    /// <summary>The metadata key of <paramref name="field"/>'s parameter <paramref name="name"/>.</summary>
    public static string Key(string field, string name) => $"{field}:{name}";

    /// <summary>The parameters of <paramref name="field"/>'s violation, by name, out of the ErrorInfo metadata.</summary>
    public static IReadOnlyDictionary<string, string> Of(IEnumerable<KeyValuePair<string, string>> metadata, string field)
    {
        var prefix = field + ":";
        return metadata
            .Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && p.Key.IndexOf(':', prefix.Length) < 0)
            .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);
    }
}
