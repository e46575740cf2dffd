using Google.Protobuf.Collections;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.StakeholderGroups;

/// <summary>Reads and writes stakeholder groups as mc2cm.action.v1 messages.</summary>
public static class StakeholderGroupMapping
{
    public static Proto.StakeholderGroup ToProto(this StakeholderGroup group, LocalizedText? cityName)
    {
        var message = new Proto.StakeholderGroup
        {
            Name = group.ResourceName,
            City = $"cities/{group.CityId}",
            CityDisplayName = (cityName ?? new LocalizedText(group.CityId, string.Empty, string.Empty)).ToProto(),
            Etag = ETag.From(group.Version),
        };
        message.Members.AddRange(group.Members.Select(m => new Proto.GroupMember { Organisation = m.Organisation, Type = m.Type, Role = m.Role }));
        message.Workshops.AddRange(group.Workshops.Select(w => new Proto.Workshop
        {
            HeldOn = w.HeldOn.ToProtoDate(),
            Participants = w.Participants,
            Outcome = w.Outcome.ToProto(),
        }));
        return message;
    }

    public static List<GroupMember> ReadMembers(FieldViolations violations, string field, RepeatedField<Proto.GroupMember> members)
    {
        violations.Check(members.Count <= 200, field, "must list at most 200 members.", FieldReason.TooMany(200));
        for (var i = 0; i < members.Count; i++)
        {
            violations.RequiredText($"{field}[{i}].organisation", members[i].Organisation, 200);
            violations.Enum($"{field}[{i}].type", members[i].Type, "must be a member type (MEMBER_TYPE_CITY_DEPARTMENT...).");
            violations.OptionalText($"{field}[{i}].role", members[i].Role, 500);
        }

        return members.Select(m => new GroupMember(m.Organisation, m.Type, m.Role)).ToList();
    }
}
