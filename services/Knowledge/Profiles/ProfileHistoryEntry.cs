namespace Mc2cm.Knowledge.Profiles;

/// <summary>One step of a profile's history: who did what to which revision, and when.</summary>
public sealed record ProfileHistoryEntry(int Revision, ProfileAction Action, string Actor, DateTimeOffset At, string? Comment = null);
