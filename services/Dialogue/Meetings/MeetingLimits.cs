namespace Mc2cm.Dialogue.Meetings;

/// <summary>Sizes of meeting fields, shared by validation and the database schema.</summary>
internal static class MeetingLimits
{
    /// <summary>Meeting ids leave room for "-{number}" in the names of their recommendations (63 at most).</summary>
    public const int Id = 60;
    public const int Name = 200;
    public const int Place = 200;
    public const int TimeZone = 64;
    public const int Reason = 500;
    public const int DocumentTitle = 300;
    public const int Uri = 2000;
    public const int MaxThemes = 10;
    public const int MaxLanguages = 10;
    public const int MaxSessions = 60;
    public const int MaxDocuments = 60;
    public const int MaxCapacity = 100_000;
    public const int MaxDays = 31;
}
