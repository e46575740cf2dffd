namespace Mc2cm.ServiceDefaults.Validation;

/// <summary>
/// The machine-readable reasons (google.rpc.BadRequest.FieldViolation.reason) of the rules every
/// service shares, so a client can say them in its reader's language; the description stays the
/// English sentence for people reading the API directly. Rules particular to one resource have no
/// reason: their description is the message.
/// </summary>
public static class FieldReasons
{
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string ControlCharacters = "CONTROL_CHARACTERS";
    public const string InvisibleControls = "INVISIBLE_CONTROLS";
    public const string SurroundingWhiteSpace = "SURROUNDING_WHITE_SPACE";
    public const string NotAnEmail = "NOT_AN_EMAIL";
    public const string YearOutOfRange = "YEAR_OUT_OF_RANGE";
}
