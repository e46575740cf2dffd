using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Action.Evidence;

/// <summary>A published profile revision, as Knowledge announced it (ProfilePublished). It never changes.</summary>
public sealed class PublishedProfile
{
    private PublishedProfile()
    {
    }

    public PublishedProfile(string cityId, int revision, IEnumerable<string> sections, DateTimeOffset publishedAt)
    {
        CityId = cityId;
        Revision = revision;
        Sections = sections.ToList();
        PublishedAt = publishedAt;
    }

    public string CityId { get; private set; } = string.Empty;

    public int Revision { get; private set; }

    /// <summary>The sections that have content.</summary>
    public List<string> Sections { get; private set; } = [];

    public DateTimeOffset PublishedAt { get; private set; }

    public string ResourceName => $"profiles/{CityId}/revisions/{Revision}";
}

/// <summary>A priority identified in a published profile: a candidate for the city's priorities.</summary>
public sealed class CandidatePriority
{
    private CandidatePriority()
    {
    }

    public CandidatePriority(string cityId, int revision, string priorityId, LocalizedText text, string theme, DateTimeOffset publishedAt)
    {
        (CityId, Revision, PriorityId, Text, Theme, PublishedAt) = (cityId, revision, priorityId, text, theme, publishedAt);
    }

    public string CityId { get; private set; } = string.Empty;

    public int Revision { get; private set; }

    public string PriorityId { get; private set; } = string.Empty;

    public LocalizedText Text { get; private set; } = LocalizedText.Empty;

    public string Theme { get; private set; } = string.Empty;

    public DateTimeOffset PublishedAt { get; private set; }

    public string ResourceName => $"profiles/{CityId}/revisions/{Revision}/priorities/{PriorityId}";
}

/// <summary>A recommendation adopted at a meeting, as Dialogue announced it (RecommendationsAdopted).</summary>
public sealed class AdoptedRecommendation
{
    private AdoptedRecommendation()
    {
    }

    public AdoptedRecommendation(string id, string meetingId, LocalizedText text, IEnumerable<string> themes, DateTimeOffset adoptedAt)
    {
        (Id, MeetingId, Text, AdoptedAt) = (id, meetingId, text, adoptedAt);
        Themes = themes.ToList();
    }

    public string Id { get; private set; } = string.Empty;

    public string MeetingId { get; private set; } = string.Empty;

    public LocalizedText Text { get; private set; } = LocalizedText.Empty;

    public List<string> Themes { get; private set; } = [];

    public DateTimeOffset AdoptedAt { get; private set; }
}
