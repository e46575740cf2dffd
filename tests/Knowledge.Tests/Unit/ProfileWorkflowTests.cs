using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Domain.Errors;
using Mc2cm.Knowledge.Profiles;
using ProfileState = Mc2cm.Knowledge.Profiles.ProfileState;
using ProfileAction = Mc2cm.Knowledge.Profiles.ProfileAction;
using Profile = Mc2cm.Knowledge.Profiles.Profile;

namespace Mc2cm.Knowledge.Tests.Unit;

public sealed class ProfileWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private static ProfileContent WithSynopsis(string text) => new() { Synopsis = new() { En = text } };

    private static Profile Published(string synopsis = "First edition")
    {
        var profile = Profile.StartEmpty("sousse", "expert", Now);
        profile.Edit(_ => WithSynopsis(synopsis), null, "expert", Now);
        profile.Submit("expert", Now);
        profile.Publish("coordinator", Now);
        return profile;
    }

    [Fact]
    public void A_draft_goes_through_review_to_publication_and_the_history_says_who_did_what()
    {
        var profile = Published();

        var revision = Assert.Single(profile.Revisions);
        Assert.Equal((ProfileState.Published, "coordinator"), (revision.State, revision.PublishedBy));
        Assert.Equal(
            [(1, ProfileAction.Created, "expert"), (1, ProfileAction.Edited, "expert"), (1, ProfileAction.Submitted, "expert"), (1, ProfileAction.Published, "coordinator")],
            profile.History.Select(h => (h.Revision, h.Action, h.Actor)));
        Assert.Collection(profile.PendingEvents,
            e => Assert.Equal(new ProfileSubmitted("sousse", 1, Now), e),
            e =>
            {
                var published = Assert.IsType<ProfilePublished>(e);
                Assert.Equal(("sousse", 1), (published.CityId, published.Revision));
                Assert.Equal(["synopsis"], published.Sections);
            });
    }

    [Fact]
    public void A_reviewer_sends_it_back_with_a_comment_and_the_authors_edit_again()
    {
        var profile = Profile.StartEmpty("sousse", "expert", Now);
        profile.Submit("expert", Now);

        profile.Return("Add the 2014 census figures.", "coordinator", Now);
        profile.Edit(c => WithSynopsis("With census figures"), null, "expert", Now);

        var draft = profile.OpenRevision!;
        Assert.Equal((ProfileState.Draft, "Add the 2014 census figures."), (draft.State, draft.ReviewComment));
        Assert.Equal("Add the 2014 census figures.", profile.History.Single(h => h.Action == ProfileAction.Returned).Comment);
    }

    [Fact]
    public void Editing_a_published_profile_starts_a_new_draft_from_it_and_leaves_the_published_one_alone()
    {
        var profile = Published("First edition");

        var draft = profile.Edit(c => { c.SocialInclusion = new() { En = "New section" }; return c; }, null, "expert", Now);

        Assert.Equal((2, ProfileState.Draft), (draft.Number, draft.State));
        Assert.Equal("First edition", draft.Content.Synopsis.En);
        Assert.Equal("New section", draft.Content.SocialInclusion.En);
        Assert.Null(profile.LatestPublished!.Content.SocialInclusion);
        Assert.Equal(1, profile.LatestPublished.Number);
    }

    [Fact]
    public void A_published_revision_cannot_be_edited_by_its_number()
    {
        var profile = Published();

        var error = Assert.Throws<FailedPreconditionException>(() => profile.Edit(c => c, revision: 1, "expert", Now));

        Assert.Contains("published", error.Message, StringComparison.Ordinal);
        Assert.Single(profile.Revisions);
    }

    [Fact]
    public void A_revision_in_review_cannot_be_edited()
    {
        var profile = Profile.StartEmpty("sousse", "expert", Now);
        profile.Submit("expert", Now);

        Assert.Throws<FailedPreconditionException>(() => profile.Edit(c => c, null, "expert", Now));
    }

    [Theory]
    [InlineData("publish-draft")]
    [InlineData("return-draft")]
    [InlineData("submit-twice")]
    [InlineData("publish-published")]
    public void Steps_out_of_order_are_refused_and_change_nothing(string step)
    {
        var profile = step == "publish-published" ? Published() : Profile.StartEmpty("sousse", "expert", Now);
        if (step == "submit-twice") profile.Submit("expert", Now);
        var version = profile.Version;

        Assert.Throws<FailedPreconditionException>(() =>
        {
            switch (step)
            {
                case "publish-draft" or "publish-published": profile.Publish("coordinator", Now); break;
                case "return-draft": profile.Return("no", "coordinator", Now); break;
                default: profile.Submit("expert", Now); break;
            }
        });
        Assert.Equal(version, profile.Version);
    }

    [Fact]
    public void Publication_carries_the_priorities_with_their_ids()
    {
        var profile = Profile.StartEmpty("sousse", "expert", Now);
        profile.Edit(_ =>
        {
            var content = new ProfileContent { Priorities = { new IdentifiedPriority { Text = new() { En = "Access to health", Fr = "Accès à la santé" }, Theme = "basic-services" }, new IdentifiedPriority { Id = "jobs", Text = new() { En = "Jobs" } } } };
            ProfileSections.AssignPriorityIds(content);
            return content;
        }, null, "expert", Now);
        profile.Submit("expert", Now);
        profile.Publish("coordinator", Now);

        var published = Assert.IsType<ProfilePublished>(profile.PendingEvents.Last());
        Assert.Equal(
            [new PublishedPriority("priority-1", "Access to health", "Accès à la santé", "", "basic-services"), new PublishedPriority("jobs", "Jobs", "", "", "")],
            published.Priorities);
    }
}
