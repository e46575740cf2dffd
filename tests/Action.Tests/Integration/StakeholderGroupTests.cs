using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Action.Tests.Integration;

/// <summary>Each member city's local stakeholder group and the workshops it held.</summary>
[Collection(nameof(ActionCollection))]
public sealed class StakeholderGroupTests(ActionApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private static GroupMember Member(string organisation, MemberType type) => new() { Organisation = organisation, Type = type, Role = "Member of the local dialogue" };

    private Task<StakeholderGroup> CreateAsync(string city) =>
        app.Groups.CreateStakeholderGroupAsync(new CreateStakeholderGroupRequest
        {
            StakeholderGroup = new StakeholderGroup
            {
                City = $"cities/{city}",
                Members = { Member("Municipal social services", MemberType.CityDepartment), Member("Local migrant association", MemberType.CivilSociety) },
            },
        }, cancellationToken: Ct).ResponseAsync.ContinueWith(t => t.Result.StakeholderGroup, TaskScheduler.Default);

    [Fact]
    public async Task A_member_city_gets_one_group_which_records_its_workshops()
    {
        var city = await app.NewCityAsync();
        var group = await CreateAsync(city);

        var second = await RefusedAsync(app.Groups.CreateStakeholderGroupAsync(new CreateStakeholderGroupRequest { StakeholderGroup = new StakeholderGroup { City = $"cities/{city}" } }, cancellationToken: Ct));
        var withWorkshop = (await app.Groups.RecordWorkshopAsync(new RecordWorkshopRequest
        {
            Name = group.Name, Etag = group.Etag,
            Workshop = new Workshop { HeldOn = Steps.DateOf(new DateOnly(2025, 2, 11)), Participants = 24, Outcome = new() { En = "Three priority areas agreed." } },
        }, cancellationToken: Ct)).StakeholderGroup;

        // The city's name comes from Action's copy of the cities, which an event brings.
        await Poll.UntilAsync(async () => (await app.Groups.GetStakeholderGroupAsync(new GetStakeholderGroupRequest { Name = group.Name }, cancellationToken: Ct)).StakeholderGroup.CityDisplayName.En == "Kairouan",
            Poll.ThroughTheBroker, "the group to show its city's name", Ct);
        Assert.Equal($"stakeholder-groups/{city}", group.Name);
        Assert.Equal(StatusCode.AlreadyExists, second.StatusCode);
        Assert.Equal((24, "Three priority areas agreed."), (withWorkshop.Workshops.Single().Participants, withWorkshop.Workshops.Single().Outcome.En));
        Assert.Equal(2, withWorkshop.Members.Count);
    }

    [Fact]
    public async Task A_stale_change_of_members_is_refused()
    {
        var group = await CreateAsync(await app.NewCityAsync());
        var changed = (await app.Groups.UpdateStakeholderGroupAsync(new UpdateStakeholderGroupRequest
        {
            StakeholderGroup = new StakeholderGroup { Name = group.Name, Etag = group.Etag, Members = { Member("University of Kairouan", MemberType.Academia) } },
            UpdateMask = Steps.Mask("members"),
        }, cancellationToken: Ct)).StakeholderGroup;

        var stale = await RefusedAsync(app.Groups.UpdateStakeholderGroupAsync(new UpdateStakeholderGroupRequest
        {
            StakeholderGroup = new StakeholderGroup { Name = group.Name, Etag = group.Etag }, UpdateMask = Steps.Mask("members"),
        }, cancellationToken: Ct));

        Assert.Equal("University of Kairouan", changed.Members.Single().Organisation);
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
    }

    [Fact]
    public async Task Bad_members_and_a_city_outside_the_network_are_refused_and_nothing_is_stored()
    {
        var outsider = await app.NewCityAsync(member: false);
        var before = await app.QueryAsync(db => db.StakeholderGroups.CountAsync(Ct));

        var bad = await RefusedAsync(app.Groups.CreateStakeholderGroupAsync(new CreateStakeholderGroupRequest
        {
            StakeholderGroup = new StakeholderGroup { City = "cities/tunis", Members = { new GroupMember { Organisation = " " } } },
        }, cancellationToken: Ct));
        var notMember = await RefusedAsync(app.Groups.CreateStakeholderGroupAsync(new CreateStakeholderGroupRequest
        {
            StakeholderGroup = new StakeholderGroup { City = $"cities/{outsider}" },
        }, cancellationToken: Ct));

        Assert.Equal(["stakeholder_group.members[0].organisation", "stakeholder_group.members[0].type"], bad.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(StatusCode.FailedPrecondition, notMember.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.StakeholderGroups.CountAsync(Ct)));
    }
}
