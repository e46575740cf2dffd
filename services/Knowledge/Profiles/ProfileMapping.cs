using Google.Protobuf.WellKnownTypes;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.CityDirectory;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>Writes profiles as mc2cm.knowledge.v1 messages.</summary>
public static class ProfileMapping
{
    /// <summary>The profile showing <paramref name="shown"/>, in the reader's language when one was asked for.</summary>
    public static Proto.Profile ToProto(this Profile profile, ProfileRevision? shown, KnownCity? city, string? language = null, bool withContent = true)
    {
        var message = new Proto.Profile
        {
            Name = profile.ResourceName,
            City = $"cities/{profile.CityId}",
            CityDisplayName = (city?.Names ?? new LocalizedText(profile.CityId, string.Empty, string.Empty)).ToProto(),
            PublishedRevision = profile.LatestPublished?.Number ?? 0,
            OpenRevision = profile.OpenRevision?.Number ?? 0,
            Etag = ETag.From(profile.Version),
            Revision = shown?.ToProto(withContent),
        };
        return message.InLanguage(language);
    }

    public static Proto.ProfileRevision ToProto(this ProfileRevision revision, bool withContent = true) => new()
    {
        Number = revision.Number,
        State = revision.State switch
        {
            ProfileState.Draft => Proto.ProfileState.Draft,
            ProfileState.InReview => Proto.ProfileState.InReview,
            _ => Proto.ProfileState.Published,
        },
        Content = withContent ? revision.Content.Clone() : null,
        CreateTime = Timestamp.FromDateTimeOffset(revision.CreatedAt),
        CreatedBy = revision.CreatedBy,
        UpdateTime = Timestamp.FromDateTimeOffset(revision.UpdatedAt),
        PublishTime = revision.PublishedAt is { } published ? Timestamp.FromDateTimeOffset(published) : null,
        PublishedBy = revision.PublishedBy ?? string.Empty,
        ReviewComment = revision.ReviewComment ?? string.Empty,
    };

    public static Proto.ProfileHistoryEntry ToProto(this ProfileHistoryEntry entry) => new()
    {
        Revision = entry.Revision,
        Action = (Proto.ProfileAction)(int)entry.Action,
        Actor = entry.Actor,
        Time = Timestamp.FromDateTimeOffset(entry.At),
        Comment = entry.Comment ?? string.Empty,
    };
}
