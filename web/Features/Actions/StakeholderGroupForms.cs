using Google.Protobuf.WellKnownTypes;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Actions;

/// <summary>A member row of the group's form.</summary>
public sealed class MemberInput
{
    public string? Organisation { get; set; }

    public MemberType Type { get; set; }

    public string? Role { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Organisation) && Type == MemberType.Unspecified && string.IsNullOrWhiteSpace(Role);
}

/// <summary>A city's stakeholder group: its members, replaced as a whole. Setting it up sends the same form.</summary>
public sealed class GroupMembersForm : FormModel
{
    /// <summary>Blank rows offered under the members, to add new ones.</summary>
    public const int NewRows = 3;

    public List<MemberInput> Members { get; set => field = value ?? []; } = [];

    public static GroupMembersForm From(StakeholderGroup? group) => new()
    {
        Etag = group?.Etag,
        Members = [.. (group?.Members ?? []).Select(m => new MemberInput { Organisation = m.Organisation, Type = m.Type, Role = m.Role }),
            .. Enumerable.Range(0, NewRows).Select(_ => new MemberInput())],
    };

    /// <summary>The group as the services take it, empty rows left out.</summary>
    public StakeholderGroup Group(string cityId)
    {
        var group = new StakeholderGroup { Name = $"stakeholder-groups/{cityId}", City = $"cities/{cityId}", Etag = Etag ?? string.Empty };
        group.Members.AddRange(Members.Where(m => !m.IsEmpty)
            .Select(m => new GroupMember { Organisation = m.Organisation?.Trim() ?? string.Empty, Type = m.Type, Role = m.Role?.Trim() ?? string.Empty }));
        return group;
    }

    public UpdateStakeholderGroupRequest UpdateRequest(string cityId) =>
        new() { StakeholderGroup = Group(cityId), UpdateMask = new FieldMask { Paths = { "members" } } };

    /// <summary>The service's field of the member in form row <paramref name="row"/> ("stakeholder_group.members[0]"); empty rows are not sent.</summary>
    public string FieldOf(int row) => $"stakeholder_group.members[{Members.Take(row).Count(m => !m.IsEmpty)}]";
}

/// <summary>A local dialogue workshop the group held.</summary>
public sealed class WorkshopForm : FormModel
{
    public DateOnly? HeldOn { get; set; }

    public int Participants { get; set; }

    public LocalizedTextInput Outcome { get; set => field = value ?? new(); } = new();

    public RecordWorkshopRequest Request(string cityId) => new()
    {
        // No etag: a workshop is added, it overwrites nothing someone else wrote.
        Name = $"stakeholder-groups/{cityId}",
        Workshop = new Workshop { HeldOn = HeldOn.ToProto(), Participants = Participants, Outcome = Outcome.ToProto() },
    };
}
