using Grpc.Core;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.BuildingBlocks.Reads;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.Knowledge.Data;
using Mc2cm.Knowledge.Indicators;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Knowledge.V1;

namespace Mc2cm.Knowledge.Profiles;

/// <summary>mc2cm.knowledge.v1.ProfilesService: reading profiles and moving them through the workflow.</summary>
public sealed partial class ProfilesGrpcService(KnowledgeDbContext db, CityMembership membership, KeyFigures keyFigures, TimeProvider clock)
    : Proto.ProfilesService.ProfilesServiceBase
{
    public override async Task<Proto.ListProfilesResponse> ListProfiles(Proto.ListProfilesRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken, request.PublishedOnly, request.State);
        var state = ProfileRequestReader.ReadStateFilter(violations, request.State);
        violations.ThrowIfAny();
        var profiles = db.Profiles.AsNoTracking();
        // Drafts are the cities' and the coordinators' business: everyone else lists published profiles.
        var publishedOnly = request.PublishedOnly || !context.User().IsCoordinator();
        if (state is ProfileState.Draft or ProfileState.InReview && !context.User().IsCoordinator())
        {
            throw context.User().Refusal("UNPUBLISHED", "profiles", "Only the coordinators may list the profiles in draft or in review.");
        }

        if (publishedOnly)
        {
            profiles = profiles.Where(p => p.Revisions.Any(r => r.State == ProfileState.Published));
        }

        if (state is { } only)
        {
            profiles = profiles.Where(p => p.Revisions.Any(r => r.State == only));
        }

        var listed = await profiles.OrderBy(p => p.CityId).ReadPageAsync(page, context.CancellationToken);
        var cities = await KnownCitiesAsync(listed.Items.Select(p => p.CityId), context.CancellationToken);
        var response = new Proto.ListProfilesResponse { NextPageToken = listed.NextPageToken };
        response.Profiles.AddRange(listed.Items.Select(p => p.ToProto(
            state is ProfileState.Draft or ProfileState.InReview ? p.OpenRevision
                : publishedOnly || state is ProfileState.Published ? p.LatestPublished! : p.LatestPublished ?? p.OpenRevision,
            cities.GetValueOrDefault(p.CityId), withContent: false)));
        return response;
    }

    [PublicRead(VariesByLanguage = true)]
    public override async Task<Proto.GetProfileResponse> GetProfile(Proto.GetProfileRequest request, ServerCallContext context)
    {
        var (cityId, number, language) = ProfileRequestReader.ReadGet(request, context);
        var profile = await db.Profiles.GetAsync(Profile.Resource, cityId, context.CancellationToken);
        var revision = number is { } n
            ? profile.Revisions.FirstOrDefault(r => r.Number == n) ?? throw new NotFoundException("Profile revision", $"{profile.ResourceName}/revisions/{n}")
            : profile.LatestPublished ?? throw new NotFoundException("Published profile", $"{profile.ResourceName} (no revision is published yet)");
        if (revision.State != ProfileState.Published && !context.User().WorksFor(cityId))
        {
            throw context.User().Refusal("UNPUBLISHED", $"{profile.ResourceName}/revisions/{revision.Number}",
                $"{profile.ResourceName}/revisions/{revision.Number} is not published: only the people of cities/{cityId} and the coordinators may read it.");
        }
        return new Proto.GetProfileResponse { Profile = profile.ToProto(revision, await KnownCityAsync(cityId, context.CancellationToken), language) };
    }

    public override async Task<Proto.CreateProfileResponse> CreateProfile(Proto.CreateProfileRequest request, ServerCallContext context)
    {
        var cityId = ProfileRequestReader.ReadCreate(request);
        context.EnsureWorksFor(cityId);
        await membership.EnsureMemberAsync(cityId, context.CancellationToken);
        if (await db.Profiles.AnyAsync(p => p.CityId == cityId, context.CancellationToken))
        {
            throw new AlreadyExistsException("Profile", $"profiles/{cityId}");
        }

        var profile = Profile.StartEmpty(cityId, context.Actor(), clock.GetUtcNow());
        db.Profiles.Add(profile);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateProfileResponse { Profile = profile.ToProto(profile.OpenRevision, await KnownCityAsync(cityId, context.CancellationToken)) };
    }

    public override async Task<Proto.UpdateProfileResponse> UpdateProfile(Proto.UpdateProfileRequest request, ServerCallContext context)
    {
        var (cityId, sections, etag, revision) = ProfileRequestReader.ReadUpdate(request);
        context.EnsureWorksFor(cityId);
        var profile = await db.Profiles.LoadForWriteAsync(Profile.Resource, cityId, etag, context.CancellationToken);
        var draft = profile.Edit(current =>
        {
            var edited = ProfileSections.Replace(current, request.Content, sections);
            ProfileSections.AssignPriorityIds(edited);
            return edited;
        }, revision, context.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdateProfileResponse { Profile = profile.ToProto(draft, await KnownCityAsync(cityId, context.CancellationToken)) };
    }

    public override async Task<Proto.SubmitProfileResponse> SubmitProfile(Proto.SubmitProfileRequest request, ServerCallContext context)
    {
        var profile = await StepAsync(request.Name, request.Etag, (p, actor, now) => p.Submit(actor, now), context);
        return new Proto.SubmitProfileResponse { Profile = profile };
    }

    public override async Task<Proto.ReturnProfileResponse> ReturnProfile(Proto.ReturnProfileRequest request, ServerCallContext context)
    {
        var comment = ProfileRequestReader.ReadComment(request.Comment);
        var profile = await StepAsync(request.Name, request.Etag, (p, actor, now) => p.Return(comment, actor, now), context);
        return new Proto.ReturnProfileResponse { Profile = profile };
    }

    public override async Task<Proto.PublishProfileResponse> PublishProfile(Proto.PublishProfileRequest request, ServerCallContext context)
    {
        var profile = await StepAsync(request.Name, request.Etag, (p, actor, now) => p.Publish(actor, now), context);
        return new Proto.PublishProfileResponse { Profile = profile };
    }

    /// <summary>Runs one workflow step on the profile and shows the revision it concerned.</summary>
    private async Task<Proto.Profile> StepAsync(string name, string etag, Action<Profile, string, DateTimeOffset> step, ServerCallContext context)
    {
        var (cityId, checkedEtag) = ProfileRequestReader.ReadWorkflow(name, etag);
        context.EnsureWorksFor(cityId);
        var profile = await db.Profiles.LoadForWriteAsync(Profile.Resource, cityId, checkedEtag, context.CancellationToken);
        step(profile, context.Actor(), clock.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        var shown = profile.Revisions.First(r => r.Number == profile.History[^1].Revision);
        return profile.ToProto(shown, await KnownCityAsync(cityId, context.CancellationToken));
    }
}
