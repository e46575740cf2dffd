namespace Mc2cm.Domain.Validation;

/// <summary>
/// The machine-readable reasons (google.rpc.BadRequest.FieldViolation.reason) of every field
/// violation, so a client can say each in its reader's language; the description stays the
/// English sentence for people reading the API directly. The vocabulary is general on purpose:
/// a rule of one resource says which of these it is, and the values its message needs travel
/// as its <see cref="FieldParameters"/> (in the status's google.rpc.ErrorInfo), never only in
/// the English sentence. docs/api.md (Conventions) lists them for API readers.
/// </summary>
public static class FieldReasons
{
    /// <summary>Missing or blank, or required in this case (a peer-learning meeting's theme).</summary>
    public const string Required = "REQUIRED";

    /// <summary>Text longer than <see cref="FieldParameters.MaxLength"/> characters.</summary>
    public const string TooLong = "TOO_LONG";

    /// <summary>Text with control characters (line breaks and tabs are allowed in narratives).</summary>
    public const string ControlCharacters = "CONTROL_CHARACTERS";

    /// <summary>Text with bidirectional controls or zero-width characters.</summary>
    public const string InvisibleControls = "INVISIBLE_CONTROLS";

    /// <summary>Text that starts or ends with white space.</summary>
    public const string SurroundingWhiteSpace = "SURROUNDING_WHITE_SPACE";

    /// <summary>
    /// Not written the way the field needs (an id, a resource name, a code, a date, an e-mail, a URI,
    /// a time zone, a page token); <see cref="FieldParameters.Example"/> shows a good value when there is one.
    /// </summary>
    public const string InvalidFormat = "INVALID_FORMAT";

    /// <summary>
    /// Well formed but not a value this field takes: not one of its values (an enum, a language, an
    /// ordering, an updatable path), or not in this case (political messages outside a conference).
    /// </summary>
    public const string NotAllowed = "NOT_ALLOWED";

    /// <summary>
    /// A number or date outside <see cref="FieldParameters.Minimum"/>..<see cref="FieldParameters.Maximum"/>
    /// (both inclusive; one of them may be absent).
    /// </summary>
    public const string OutOfRange = "OUT_OF_RANGE";

    /// <summary>A date after today, where only a date that has come is possible (a report, a workshop held).</summary>
    public const string InTheFuture = "IN_THE_FUTURE";

    /// <summary>A date before the one in the request's other field <see cref="FieldParameters.Field"/> (an end before its start).</summary>
    public const string MustFollow = "MUST_FOLLOW";

    /// <summary>A list with more than <see cref="FieldParameters.MaxItems"/> items.</summary>
    public const string TooMany = "TOO_MANY";

    /// <summary>A value given twice where each may appear once (a theme, an id, an evaluator).</summary>
    public const string Duplicate = "DUPLICATE";

    /// <summary>
    /// Names something that does not exist, or not one this request may use: a theme outside the
    /// catalogue, a criterion of another call, an unpublished profile revision, another city's priority.
    /// </summary>
    public const string UnknownReference = "UNKNOWN_REFERENCE";

    /// <summary>
    /// A span of days that shares days with another of its kind (a programme phase with another
    /// phase); <see cref="FieldParameters.Start"/> and <see cref="FieldParameters.End"/> give the
    /// other's first and last day (no end: it is open-ended).
    /// </summary>
    public const string Overlaps = "OVERLAPS";

    /// <summary>An amount in another currency than <see cref="FieldParameters.Currency"/>, the one it must be in.</summary>
    public const string WrongCurrency = "WRONG_CURRENCY";
}
