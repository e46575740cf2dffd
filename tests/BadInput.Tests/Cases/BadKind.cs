namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>What is wrong with a case's input; the report counts cases by kind.</summary>
public enum BadKind
{
    Missing,
    Empty,
    TooLong,
    ControlCharacters,
    WrongIsoCode,
    BadDate,
    BadNumber,
    BadFormat,
    UnknownId,
    DuplicateId,
    StaleEtag,
    InvalidTransition,
    MalformedJson,
    UnknownEnum,
    Oversized,
}
