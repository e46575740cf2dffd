using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Dialogue;

namespace Mc2cm.Dialogue.Outcomes;

/// <summary>
/// A recommendation a meeting adopted. It never changes: the Action component links funded
/// actions to it by name, "recommendations/{meeting}-{number}".
/// </summary>
public sealed class Recommendation
{
    private readonly List<string> _themeIds = [];
    private readonly List<Addressee> _addressees = [];

    private Recommendation()
    {
    }

    internal Recommendation(string meetingId, int number, RecommendationDraft draft, DateTimeOffset adoptedAt)
    {
        Id = IdFor(meetingId, number);
        MeetingId = meetingId;
        Number = number;
        Text = draft.Text;
        AdoptedAt = adoptedAt;
        _themeIds.AddRange(draft.ThemeIds);
        _addressees.AddRange(draft.Addressees);
    }

    public string Id { get; private set; } = string.Empty;

    public string MeetingId { get; private set; } = string.Empty;

    /// <summary>Its place among the meeting's recommendations, from 1.</summary>
    public int Number { get; private set; }

    public LocalizedText Text { get; private set; } = LocalizedText.Empty;

    public IReadOnlyList<string> ThemeIds => _themeIds;

    public IReadOnlyList<Addressee> Addressees => _addressees;

    public DateTimeOffset AdoptedAt { get; private set; }

    public string ResourceName => $"recommendations/{Id}";

    public static string IdFor(string meetingId, int number) => $"{meetingId}-{number}";

    public AdoptedRecommendation ToEvent() =>
        new(Id, Text.ToEvent(), ThemeIds, Addressees.Select(a => a.ToEventName()).ToList());
}

/// <summary>A recommendation as a meeting adopts it.</summary>
public sealed record RecommendationDraft(LocalizedText Text, IReadOnlyList<string> ThemeIds, IReadOnlyList<Addressee> Addressees);
