namespace Mc2cm.Dialogue.Meetings;

/// <summary>A document of a meeting, in one language (ISO 639-1), found at an absolute http(s) URI.</summary>
public sealed record MeetingDocument(DocumentKind Kind, string Language, string Uri, string Title)
{
    /// <summary>
    /// The documents a reader of <paramref name="language"/> gets: those in that language, and,
    /// for a kind that has none in it, every version of that kind, so no one loses the report
    /// because it was not translated. Without a language, all of them.
    /// </summary>
    public static IEnumerable<MeetingDocument> For(IReadOnlyList<MeetingDocument> documents, string? language) =>
        language is null
            ? documents
            : documents.Where(d => d.Language == language || !documents.Any(o => o.Kind == d.Kind && o.Language == language));
}

public enum DocumentKind
{
    Background = 1,
    Report = 2,
    Other = 3,
}
