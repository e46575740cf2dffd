using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>
/// A city's migration profile, kept as revisions. Rules: at most one open revision (Draft or
/// InReview); only a Draft is edited; editing a published profile starts a new Draft from the
/// latest published revision; a published revision never changes. Every step is in the history.
/// </summary>
public sealed class Profile : Aggregate
{
    private const string Rule = "PROFILE_WORKFLOW";
    private readonly List<ProfileRevision> _revisions = [];
    private readonly List<ProfileHistoryEntry> _history = [];

    private Profile()
    {
    }

    public string CityId { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<ProfileRevision> Revisions => _revisions;

    public IReadOnlyList<ProfileHistoryEntry> History => _history;

    /// <summary>How a profile is found by its id ("profiles/{id}").</summary>
    public static ResourceKind<Profile> Resource { get; } = new("Profile", "profiles", id => p => p.CityId == id);

    public override string ResourceName => $"profiles/{CityId}";

    public ProfileRevision? OpenRevision => _revisions.Find(r => r.State is ProfileState.Draft or ProfileState.InReview);

    public ProfileRevision? LatestPublished => _revisions.Where(r => r.State == ProfileState.Published).MaxBy(r => r.Number);

    /// <summary>A new profile: revision 1, an empty draft.</summary>
    public static Profile StartEmpty(string cityId, string actor, DateTimeOffset now)
    {
        var profile = new Profile { CityId = cityId, CreatedAt = now, UpdatedAt = now };
        profile.StartRevision(new ProfileContent(), actor, now);
        return profile;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the working draft. Without an open revision the draft
    /// starts from the latest published one. <paramref name="revision"/>, when given, must be that draft.
    /// </summary>
    public ProfileRevision Edit(Func<ProfileContent, ProfileContent> change, int? revision, string actor, DateTimeOffset now)
    {
        if (revision is { } number && _revisions.Find(r => r.Number == number) is { State: not ProfileState.Draft } named)
        {
            throw new FailedPreconditionException(Rule, $"{ResourceName}/revisions/{number}",
                named.State == ProfileState.Published
                    ? $"Revision {number} is published and cannot change; edit without a revision number to start a new draft."
                    : $"Revision {number} is in review; it must be returned to its authors before it is edited.");
        }

        var draft = OpenRevision ?? StartRevision(LatestPublished!.Content.Clone(), actor, now);
        if (draft.State != ProfileState.Draft)
        {
            throw new FailedPreconditionException(Rule, ResourceName,
                $"Revision {draft.Number} is in review; it must be returned to its authors before it is edited.");
        }

        if (revision is { } asked && asked != draft.Number)
        {
            throw new FailedPreconditionException(Rule, ResourceName, $"Revision {asked} is not the working draft (revision {draft.Number} is).");
        }

        draft.Replace(change(draft.Content.Clone()), now);
        Record(draft.Number, ProfileAction.Edited, actor, now);
        return draft;
    }

    public void Submit(string actor, DateTimeOffset now)
    {
        var draft = Open(ProfileState.Draft, "submitted");
        draft.MoveTo(ProfileState.InReview, now);
        Record(draft.Number, ProfileAction.Submitted, actor, now, new ProfileSubmitted(CityId, draft.Number, now));
    }

    public void Return(string comment, string actor, DateTimeOffset now)
    {
        var inReview = Open(ProfileState.InReview, "returned");
        inReview.Return(comment, now);
        Record(inReview.Number, ProfileAction.Returned, actor, now, comment: comment);
    }

    public void Publish(string actor, DateTimeOffset now)
    {
        var inReview = Open(ProfileState.InReview, "published");
        inReview.Publish(actor, now);
        var published = new ProfilePublished(CityId, inReview.Number,
            ProfileSections.Priorities(inReview.Content), inReview.Content.SectionsWithContent(), now);
        Record(inReview.Number, ProfileAction.Published, actor, now, published);
    }

    private ProfileRevision StartRevision(ProfileContent content, string actor, DateTimeOffset now)
    {
        var revision = new ProfileRevision(_revisions.Count + 1, content, actor, now);
        _revisions.Add(revision);
        Record(revision.Number, ProfileAction.Created, actor, now);
        return revision;
    }

    private ProfileRevision Open(ProfileState required, string verb)
    {
        var open = OpenRevision;
        if (open?.State != required)
        {
            var current = open is null ? "no revision is open" : $"revision {open.Number} is {open.State}";
            throw new FailedPreconditionException(Rule, ResourceName,
                $"Only a revision in state {required} can be {verb}, and {current}.");
        }

        return open;
    }

    private void Record(int revision, ProfileAction action, string actor, DateTimeOffset now,
        Contracts.Events.IIntegrationEvent? integrationEvent = null, string? comment = null)
    {
        _history.Add(new ProfileHistoryEntry(revision, action, actor, now, comment));
        UpdatedAt = now;
        Changed(integrationEvent);
    }
}
