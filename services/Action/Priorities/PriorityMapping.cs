using Google.Protobuf.WellKnownTypes;
using Mc2cm.Action.Evidence;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Action.V1;

namespace Mc2cm.Action.Priorities;

/// <summary>Writes priorities as mc2cm.action.v1 messages.</summary>
public static class PriorityMapping
{
    public static Proto.Priority ToProto(this Priority priority)
    {
        var message = new Proto.Priority
        {
            Name = priority.ResourceName,
            City = $"cities/{priority.CityId}",
            Text = priority.Text.ToProto(),
            Theme = priority.Theme,
            State = priority.State.ToProto(),
            AdoptedOn = priority.AdoptedOn?.ToProtoDate(),
            AdoptedBy = priority.AdoptedBy ?? string.Empty,
            RetireReason = priority.RetireReason ?? string.Empty,
            CreateTime = Timestamp.FromDateTimeOffset(priority.CreatedAt),
            Etag = ETag.From(priority.Version),
        };
        message.Evidence.AddRange(priority.Evidence.Select(e => e.IsProfileFinding
            ? new Proto.Evidence { Profile = new Proto.ProfileFinding { Revision = e.ProfileRevision, Section = e.Section, PriorityId = e.ProfilePriorityId ?? string.Empty } }
            : new Proto.Evidence { Recommendation = $"recommendations/{e.RecommendationId}" }));
        return message;
    }

    public static Proto.PriorityState ToProto(this PriorityState state) => state switch
    {
        PriorityState.Proposed => Proto.PriorityState.Proposed,
        PriorityState.Adopted => Proto.PriorityState.Adopted,
        _ => Proto.PriorityState.Retired,
    };

    public static Proto.CandidatePriority ToProto(this CandidatePriority candidate) => new()
    {
        Name = candidate.ResourceName,
        City = $"cities/{candidate.CityId}",
        Text = candidate.Text.ToProto(),
        Theme = candidate.Theme,
        PublishTime = Timestamp.FromDateTimeOffset(candidate.PublishedAt),
    };
}
