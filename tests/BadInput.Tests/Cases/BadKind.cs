namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>What is wrong with a case's input; the report counts cases by kind.</summary>
public enum BadKind
{
    Missing,
    Empty,
    TooLong,
    ControlCharacters,

    /// <summary>Bidirectional controls and zero-width characters: a text that reads otherwise than it is.</summary>
    SpoofingCharacters,
    WrongIsoCode,
    BadDate,
    BadNumber,
    BadFormat,
    UnknownId,
    DuplicateId,
    StaleEtag,
    InvalidTransition,
    MalformedJson,

    /// <summary>gRPC message bytes no protobuf parser reads.</summary>
    UnparsableMessage,
    UnknownEnum,
    Oversized,
}
