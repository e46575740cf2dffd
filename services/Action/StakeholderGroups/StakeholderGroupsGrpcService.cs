using Grpc.Core;
using Mc2cm.Action.Data;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.CityDirectory;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Mc2cm.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.StakeholderGroups;

/// <summary>mc2cm.action.v1.StakeholderGroupsService.</summary>
public sealed class StakeholderGroupsGrpcService(ActionDbContext db, CityMembership membership, TimeProvider clock)
    : Proto.StakeholderGroupsService.StakeholderGroupsServiceBase
{
    private const string Collection = "stakeholder-groups";

    public override async Task<Proto.ListStakeholderGroupsResponse> ListStakeholderGroups(Proto.ListStakeholderGroupsRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var page = PageRequest.Read(violations, request.PageSize, request.PageToken);
        violations.ThrowIfAny();
        var listed = await db.StakeholderGroups.AsNoTracking().OrderBy(g => g.CityId).ReadPageAsync(page, context.CancellationToken);
        var names = await db.CityNamesAsync(listed.Items.Select(g => g.CityId), context.CancellationToken);
        var response = new Proto.ListStakeholderGroupsResponse { NextPageToken = listed.NextPageToken };
        response.StakeholderGroups.AddRange(listed.Items.Select(g => g.ToProto(names.GetValueOrDefault(g.CityId))));
        return response;
    }

    public override async Task<Proto.GetStakeholderGroupResponse> GetStakeholderGroup(Proto.GetStakeholderGroupRequest request, ServerCallContext context)
    {
        var group = await db.StakeholderGroups.GetAsync(StakeholderGroup.Resource, StakeholderGroup.Resource.ReadId(request.Name), context.CancellationToken);
        return new Proto.GetStakeholderGroupResponse { StakeholderGroup = await WithNameAsync(group, context.CancellationToken) };
    }

    public override async Task<Proto.CreateStakeholderGroupResponse> CreateStakeholderGroup(Proto.CreateStakeholderGroupRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var group = request.StakeholderGroup ?? new Proto.StakeholderGroup();
        var city = violations.ReadId("stakeholder_group.city", group.City, "cities");
        var members = StakeholderGroupMapping.ReadMembers(violations, "stakeholder_group.members", group.Members);
        violations.ThrowIfAny();
        context.EnsureWorksFor(city!);
        await membership.EnsureMemberAsync(city!, context.CancellationToken);
        if (await db.StakeholderGroups.AnyAsync(g => g.CityId == city, context.CancellationToken))
        {
            throw new AlreadyExistsException("Stakeholder group", $"{Collection}/{city}");
        }

        var created = StakeholderGroup.For(city!, members);
        db.StakeholderGroups.Add(created);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.CreateStakeholderGroupResponse { StakeholderGroup = await WithNameAsync(created, context.CancellationToken) };
    }

    public override async Task<Proto.UpdateStakeholderGroupResponse> UpdateStakeholderGroup(Proto.UpdateStakeholderGroupRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var changes = request.StakeholderGroup ?? new Proto.StakeholderGroup();
        var city = violations.ReadId("stakeholder_group.name", changes.Name, Collection);
        violations.Require(changes.Etag.Length > 0, "stakeholder_group.etag");
        violations.Check(request.UpdateMask is null || request.UpdateMask.Paths.All(p => p == "members"), "update_mask", "only \"members\" can be updated.", FieldReasons.NotAllowed);
        var members = StakeholderGroupMapping.ReadMembers(violations, "stakeholder_group.members", changes.Members);
        violations.ThrowIfAny();
        context.EnsureWorksFor(city!);
        var group = await db.StakeholderGroups.LoadForWriteAsync(StakeholderGroup.Resource, city!, changes.Etag, context.CancellationToken);
        group.ReplaceMembers(members);
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.UpdateStakeholderGroupResponse { StakeholderGroup = await WithNameAsync(group, context.CancellationToken) };
    }

    public override async Task<Proto.RecordWorkshopResponse> RecordWorkshop(Proto.RecordWorkshopRequest request, ServerCallContext context)
    {
        var violations = new FieldViolations();
        var city = violations.ReadId("name", request.Name, Collection);
        var heldOn = violations.ReadDate("workshop.held_on", request.Workshop?.HeldOn);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        violations.Check(heldOn is null || heldOn <= today, "workshop.held_on", "must not be in the future.", FieldReasons.InTheFuture);
        violations.Check(request.Workshop?.Participants is >= 0 and <= 100_000, "workshop.participants", "must be from 0 (unknown) to 100,000.",
            FieldReason.Range(0, 100_000));
        var outcome = violations.ReadLocalizedText("workshop.outcome", request.Workshop?.Outcome, 4_000, required: false, multiline: true);
        violations.ThrowIfAny();
        context.EnsureWorksFor(city!);
        var group = await db.StakeholderGroups.LoadForWriteAsync(StakeholderGroup.Resource, city!, request.Etag, context.CancellationToken);
        group.RecordWorkshop(new GroupWorkshop(heldOn!.Value, request.Workshop!.Participants, outcome));
        await db.SaveChangesAsync(context.CancellationToken);
        return new Proto.RecordWorkshopResponse { StakeholderGroup = await WithNameAsync(group, context.CancellationToken) };
    }

    private async Task<Proto.StakeholderGroup> WithNameAsync(StakeholderGroup group, CancellationToken cancellationToken) =>
        group.ToProto((await db.CityNamesAsync([group.CityId], cancellationToken)).GetValueOrDefault(group.CityId));
}
