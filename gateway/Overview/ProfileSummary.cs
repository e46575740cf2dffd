using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>Where a profile stands, from the revisions the caller may see (newest first, without content).</summary>
public static class ProfileSummary
{
    public static ProfilePart From(string cityId, IEnumerable<ProfileRevision> revisions)
    {
        var visible = revisions.ToList();
        var published = visible.Where(r => r.State == ProfileState.Published).MaxBy(r => r.Number);
        var open = visible.Where(r => r.State is ProfileState.Draft or ProfileState.InReview).MaxBy(r => r.Number);
        return new ProfilePart
        {
            Status = PartStatuses.Ok,
            Profile = $"profiles/{cityId}",
            PublishedRevision = published?.Number ?? 0,
            PublishTime = published?.PublishTime,
            OpenRevision = open?.Number ?? 0,
            OpenRevisionState = open?.State ?? ProfileState.Unspecified,
        };
    }
}
