using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.StakeholderGroups;

/// <summary>A member organisation of a city's stakeholder group.</summary>
public sealed record GroupMember(string Organisation, MemberType Type, string Role);

/// <summary>A local dialogue workshop; 0 participants means the number is not known.</summary>
public sealed record GroupWorkshop(DateOnly HeldOn, int Participants, LocalizedText Outcome);

/// <summary>A city's stakeholder group: who takes part in the local dialogue, and its workshops.</summary>
public sealed class StakeholderGroup : Aggregate
{
    private StakeholderGroup()
    {
    }

    public string CityId { get; private set; } = string.Empty;

    public List<GroupMember> Members { get; private set; } = [];

    public List<GroupWorkshop> Workshops { get; private set; } = [];

    /// <summary>How a stakeholder group is found by its id ("stakeholder-groups/{id}").</summary>
    public static ResourceKind<StakeholderGroup> Resource { get; } = new("Stakeholder group", "stakeholder-groups", id => s => s.CityId == id);

    public override string ResourceName => $"stakeholder-groups/{CityId}";

    public static StakeholderGroup For(string cityId, IEnumerable<GroupMember> members)
    {
        return new StakeholderGroup { CityId = cityId, Members = [.. members] };
    }

    public void ReplaceMembers(IEnumerable<GroupMember> members)
    {
        Members = [.. members];
        Changed();
    }

    public void RecordWorkshop(GroupWorkshop workshop)
    {
        Workshops = [.. Workshops.Append(workshop).OrderBy(w => w.HeldOn)];
        Changed();
    }
}
