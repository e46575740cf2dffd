using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Dialogue.Meetings;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Outcomes;

/// <summary>A checked AdoptOutcomes request.</summary>
public sealed record NewOutcomes(string MeetingId, IReadOnlyList<RecommendationDraft> Recommendations, IReadOnlyList<LocalizedText> PoliticalMessages, string Etag);

/// <summary>Reads AdoptOutcomes, checking every recommendation and message first (AIP-193): a bad request stores nothing.</summary>
public static class OutcomeRequestReader
{
    public static NewOutcomes ReadAdopt(Proto.AdoptOutcomesRequest request, IReadOnlySet<string> themes)
    {
        var violations = new FieldViolations();
        var meetingId = violations.ReadId("name", request.Name, MeetingRequestReader.Collection);
        violations.Check(request.Recommendations.Count <= Meeting.MaxRecommendations, "recommendations",
            $"must list at most {Meeting.MaxRecommendations} recommendations.", FieldReason.TooMany(Meeting.MaxRecommendations));
        var recommendations = request.Recommendations.Select((r, i) => ReadRecommendation(violations, $"recommendations[{i}]", r, themes)).ToList();
        violations.Check(request.PoliticalMessages.Count <= Meeting.MaxRecommendations, "political_messages",
            $"must list at most {Meeting.MaxRecommendations} messages.", FieldReason.TooMany(Meeting.MaxRecommendations));
        var messages = request.PoliticalMessages
            .Select((m, i) => violations.ReadLocalizedText($"political_messages[{i}]", m, RecommendationConfiguration.TextLength)).ToList();
        violations.ThrowIfAny();
        return new NewOutcomes(meetingId!, recommendations, messages, request.Etag);
    }

    private static RecommendationDraft ReadRecommendation(FieldViolations violations, string field, Proto.Recommendation recommendation, IReadOnlySet<string> themes)
    {
        var text = violations.ReadLocalizedText($"{field}.text", recommendation.Text, RecommendationConfiguration.TextLength);
        var themeIds = violations.ReadThemes($"{field}.themes", recommendation.Themes, themes);
        var addressees = new List<Addressee>();
        for (var i = 0; i < recommendation.Addressees.Count; i++)
        {
            if (violations.ReadEnum<Addressee>($"{field}.addressees[{i}]", recommendation.Addressees[i]) is { } addressee && !addressees.Contains(addressee))
            {
                addressees.Add(addressee);
            }
        }

        violations.Check(recommendation.Addressees.Count > 0, $"{field}.addressees", "must name at least one: ADDRESSEE_CITIES, ADDRESSEE_PARTNERS or ADDRESSEE_NATIONAL_LEVEL.", FieldReasons.Required);
        return new RecommendationDraft(text, themeIds, addressees);
    }
}
