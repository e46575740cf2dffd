using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// A session of a meeting's agenda. Its day counts from the first day of the meeting (1), so a
/// rescheduled meeting keeps its agenda.
/// </summary>
public sealed record AgendaSession
{
    public AgendaSession(LocalizedText title, int day, WorkingMethod method)
    {
        Title = title;
        Day = day;
        Method = method;
    }

    // For EF Core, which cannot pass a nested complex value (the title) to a constructor.
    private AgendaSession()
    {
    }

    public LocalizedText Title { get; private init; } = LocalizedText.Empty;

    public int Day { get; private init; }

    public WorkingMethod Method { get; private init; }
}

/// <summary>How a session works.</summary>
public enum WorkingMethod
{
    Unspecified = 0,
    Presentation = 1,
    PanelDiscussion = 2,
    MythsVsRealities = 3,
    CauseAndEffectDiagram = 4,
    FieldVisit = 5,
    CaseResolution = 6,
    WorkingGroup = 7,
}
