using Google.Protobuf.WellKnownTypes;
using Mc2cm.BuildingBlocks.Localization;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Outcomes;

/// <summary>Writes recommendations as mc2cm.dialogue.v1 messages, in the reader's language when one is asked for.</summary>
public static class RecommendationMapping
{
    public static Proto.Recommendation ToProto(this Recommendation recommendation, string? language)
    {
        var message = new Proto.Recommendation
        {
            Name = recommendation.ResourceName,
            Meeting = $"meetings/{recommendation.MeetingId}",
            Text = recommendation.Text.ToProto(language),
            AdoptTime = Timestamp.FromDateTimeOffset(recommendation.AdoptedAt),
        };
        message.Themes.AddRange(recommendation.ThemeIds.Select(t => $"themes/{t}"));
        message.Addressees.AddRange(recommendation.Addressees.Select(a => a.ToProto<Proto.Addressee>()));
        return message;
    }
}
