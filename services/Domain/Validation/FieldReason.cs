using System.Globalization;

namespace Mc2cm.Domain.Validation;

/// <summary>
/// Why a field is refused, for programs: one of <see cref="FieldReasons"/> and the values its
/// message needs (<see cref="FieldParameters"/>), written invariantly. A reason without values
/// converts from its code: <c>violations.Check(ok, field, "…", FieldReasons.Duplicate)</c>.
/// </summary>
public sealed record FieldReason(string Code, IReadOnlyDictionary<string, string> Parameters)
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public static implicit operator FieldReason(string code) => new(code, None);

    /// <summary><see cref="FieldReasons.TooLong"/>: at most <paramref name="maxLength"/> characters.</summary>
    public static FieldReason TooLong(int maxLength) => With(FieldReasons.TooLong, (FieldParameters.MaxLength, maxLength));

    /// <summary><see cref="FieldReasons.OutOfRange"/> from <paramref name="minimum"/> to <paramref name="maximum"/>, a number or a <see cref="DateOnly"/>.</summary>
    public static FieldReason Range(object minimum, object maximum) =>
        With(FieldReasons.OutOfRange, (FieldParameters.Minimum, minimum), (FieldParameters.Maximum, maximum));

    /// <summary><see cref="FieldReasons.OutOfRange"/> with a lower bound only.</summary>
    public static FieldReason AtLeast(object minimum) => With(FieldReasons.OutOfRange, (FieldParameters.Minimum, minimum));

    /// <summary><see cref="FieldReasons.OutOfRange"/> with an upper bound only.</summary>
    public static FieldReason AtMost(object maximum) => With(FieldReasons.OutOfRange, (FieldParameters.Maximum, maximum));

    /// <summary><see cref="FieldReasons.Overlaps"/> another span from <paramref name="start"/> to <paramref name="end"/> (none: open-ended).</summary>
    public static FieldReason Overlaps(DateOnly start, DateOnly? end) => end is { } last
        ? With(FieldReasons.Overlaps, (FieldParameters.Start, start), (FieldParameters.End, last))
        : With(FieldReasons.Overlaps, (FieldParameters.Start, start));

    /// <summary><see cref="FieldReasons.TooMany"/>: at most <paramref name="maxItems"/> items.</summary>
    public static FieldReason TooMany(int maxItems) => With(FieldReasons.TooMany, (FieldParameters.MaxItems, maxItems));

    /// <summary><see cref="FieldReasons.MustFollow"/>: not before the request's field <paramref name="field"/>.</summary>
    public static FieldReason MustFollow(string field) => With(FieldReasons.MustFollow, (FieldParameters.Field, field));

    /// <summary><see cref="FieldReasons.InvalidFormat"/>, with a good value.</summary>
    public static FieldReason InvalidFormat(string example) => With(FieldReasons.InvalidFormat, (FieldParameters.Example, example));

    /// <summary><see cref="FieldReasons.WrongCurrency"/>: must be in <paramref name="currency"/>.</summary>
    public static FieldReason WrongCurrency(string currency) => With(FieldReasons.WrongCurrency, (FieldParameters.Currency, currency));

    private static FieldReason With(string code, params (string Name, object Value)[] parameters) =>
        new(code, parameters.ToDictionary(p => p.Name, p => Invariant(p.Value), StringComparer.Ordinal));

    // What a client in any language can read back: "0.5", "2026-12-31", never "0,5" or "31/12/2026".
    private static string Invariant(object value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        // Money read from units and nanos keeps nine decimals: 50000.000000000 is written 50000.
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
