using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;

namespace Mc2cm.Knowledge.Tests.Integration;

/// <summary>The workflow over gRPC: draft, review, publication, a new revision, the history, stale etags.</summary>
public sealed class ProfileWorkflowApiTests(KnowledgeApp app) : IClassFixture<KnowledgeApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<Profile> NewProfileAsync()
    {
        var city = await app.NewCityAsync();
        // The city's events reach Knowledge, which starts its draft; CreateProfile would say it exists.
        await Mc2cm.Testing.Poll.UntilAsync(async () =>
        {
            try
            {
                await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct);
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
            {
                return false;
            }
        }, Poll.ThroughTheBroker, "the draft profile of the new city", Ct);
        return (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = $"profiles/{city}", Revision = 1 }, cancellationToken: Ct)).Profile;
    }

    private Task<UpdateProfileResponse> EditAsync(Profile profile, ProfileContent content, string mask, int revision = 0) =>
        app.Profiles.UpdateProfileAsync(new UpdateProfileRequest
        {
            Name = profile.Name, Content = content, Etag = profile.Etag, Revision = revision, UpdateMask = new FieldMask { Paths = { mask } },
        }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct).ResponseAsync;

    [Fact]
    public async Task A_profile_is_drafted_reviewed_published_and_then_revised()
    {
        var profile = await NewProfileAsync();
        var priorities = new ProfileContent { Priorities = { new IdentifiedPriority { Text = new() { En = "One-stop shop for newcomers" }, Theme = "basic-services" } } };

        profile = (await EditAsync(profile, priorities, "priorities")).Profile;
        profile = (await app.Profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Profile;
        profile = (await app.Profiles.ReturnProfileAsync(new ReturnProfileRequest { Name = profile.Name, Etag = profile.Etag, Comment = "Name a source." }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Profile;
        profile = (await EditAsync(profile, new ProfileContent { DataReflections = new() { Sources = { "Municipal register 2019" } } }, "data_reflections")).Profile;
        profile = (await app.Profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Profile;
        var published = (await app.Profiles.PublishProfileAsync(new PublishProfileRequest { Name = profile.Name, Etag = profile.Etag }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Profile;
        var revised = (await EditAsync(published, new ProfileContent { Synopsis = new() { En = "Second edition" } }, "synopsis")).Profile;

        Assert.Equal((1, ProfileState.Published, "coordinator"), (published.PublishedRevision, published.Revision.State, published.Revision.PublishedBy));
        Assert.Equal("priority-1", published.Revision.Content.Priorities.Single().Id);
        Assert.Equal((2, ProfileState.Draft, 1), (revised.Revision.Number, revised.Revision.State, revised.PublishedRevision));
        Assert.Equal("One-stop shop for newcomers", revised.Revision.Content.Priorities.Single().Text.En);
        var history = (await app.Profiles.ListProfileHistoryAsync(new ListProfileHistoryRequest { Name = profile.Name }, cancellationToken: Ct)).Entries;
        Assert.Equal(
            [(1, ProfileAction.Created), (1, ProfileAction.Edited), (1, ProfileAction.Submitted), (1, ProfileAction.Returned), (1, ProfileAction.Edited),
             (1, ProfileAction.Submitted), (1, ProfileAction.Published), (2, ProfileAction.Created), (2, ProfileAction.Edited)],
            history.Select(h => (h.Revision, h.Action)));
        Assert.Equal(("coordinator", "Name a source."), (history[3].Actor, history[3].Comment));
    }

    [Fact]
    public async Task The_review_queue_lists_the_profiles_in_review_for_coordinators_only()
    {
        var profile = await NewProfileAsync();
        var submitted = (await app.Profiles.SubmitProfileAsync(new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, KnowledgeApp.As(SharedIssuer.Coordinator), cancellationToken: Ct)).Profile;

        var queue = await ListAllAsync(ProfileState.InReview, KnowledgeApp.As(SharedIssuer.Coordinator));
        var drafts = await ListAllAsync(ProfileState.Draft, KnowledgeApp.As(SharedIssuer.Coordinator));
        var denied = await Assert.ThrowsAsync<RpcException>(() => ListAllAsync(ProfileState.InReview, KnowledgeApp.As(SharedIssuer.TunisFocalPoint)));

        Assert.Equal((1, ProfileState.InReview), queue.Where(p => p.Name == submitted.Name).Select(p => (p.Revision.Number, p.Revision.State)).Single());
        Assert.All(queue, p => Assert.Equal(ProfileState.InReview, p.Revision.State));
        Assert.DoesNotContain(drafts, p => p.Name == submitted.Name);
        Assert.Contains(drafts, p => p.Name == "profiles/turin");
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    private async Task<List<Profile>> ListAllAsync(ProfileState state, Metadata caller)
    {
        var all = new List<Profile>();
        var token = string.Empty;
        do
        {
            var page = await app.Profiles.ListProfilesAsync(new ListProfilesRequest { State = state, PageToken = token, PageSize = 10 }, caller, cancellationToken: Ct);
            all.AddRange(page.Profiles);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }

    [Fact]
    public async Task Editing_a_published_revision_by_number_is_refused()
    {
        var profile = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/lisbon" }, cancellationToken: Ct)).Profile;

        var error = await Assert.ThrowsAsync<RpcException>(() => EditAsync(profile, new ProfileContent { Synopsis = new() { En = "x" } }, "synopsis", revision: 1));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var after = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = "profiles/lisbon" }, cancellationToken: Ct)).Profile;
        Assert.Equal((profile.Etag, 0), (after.Etag, after.OpenRevision));
    }

    [Fact]
    public async Task Publishing_a_draft_is_an_invalid_transition_and_a_stale_etag_is_refused()
    {
        var profile = await NewProfileAsync();
        await EditAsync(profile, new ProfileContent { Synopsis = new() { En = "Draft" } }, "synopsis");

        var stale = await Assert.ThrowsAsync<RpcException>(() => app.Profiles.SubmitProfileAsync(
            new SubmitProfileRequest { Name = profile.Name, Etag = profile.Etag }, cancellationToken: Ct).ResponseAsync);
        var current = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = profile.Name, Revision = 1 }, cancellationToken: Ct)).Profile;
        var early = await Assert.ThrowsAsync<RpcException>(() => app.Profiles.PublishProfileAsync(
            new PublishProfileRequest { Name = profile.Name, Etag = current.Etag }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal((StatusCode.Aborted, StatusCode.FailedPrecondition), (stale.StatusCode, early.StatusCode));
        Assert.Equal(ProfileState.Draft, current.Revision.State);
    }

    [Fact]
    public async Task Bad_sections_are_named_and_nothing_changes()
    {
        var profile = await NewProfileAsync();
        var content = new ProfileContent
        {
            AccessToServices = { new ServiceAccess { Area = ServiceArea.Health, Access = { new StatusAccess { LegalStatus = LegalStatus.Refugee } } } },
            Priorities = { new IdentifiedPriority { Id = "Bad Id", Text = new() { En = "" } } },
        };

        var error = await Assert.ThrowsAsync<RpcException>(() => app.Profiles.UpdateProfileAsync(new UpdateProfileRequest
        {
            Name = profile.Name, Etag = profile.Etag, Content = content, UpdateMask = new FieldMask { Paths = { "access_to_services", "priorities", "nonsense" } },
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["update_mask", "content.access_to_services[0].access[0].level", "content.priorities[0].id", "content.priorities[0].text.en"],
            error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
        var after = (await app.Profiles.GetProfileAsync(new GetProfileRequest { Name = profile.Name, Revision = 1 }, cancellationToken: Ct)).Profile;
        Assert.Equal(profile.Etag, after.Etag);
    }
}
