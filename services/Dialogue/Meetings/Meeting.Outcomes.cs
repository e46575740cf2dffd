using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Dialogue;
using Mc2cm.Dialogue.Outcomes;
using Mc2cm.Domain.Errors;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>Outcomes: a held meeting adopts its recommendations (and political messages) once, and is then reported.</summary>
public sealed partial class Meeting
{
    public const int MaxRecommendations = 99;

    /// <summary>The common political messages a political conference adopted.</summary>
    public IReadOnlyList<LocalizedText> PoliticalMessages => _politicalMessages;

    /// <summary>Recommendations adopted; they are named "{meeting}-1" to "{meeting}-{count}".</summary>
    public int RecommendationCount { get; private set; }

    public IEnumerable<string> RecommendationIds => Enumerable.Range(1, RecommendationCount).Select(n => Recommendation.IdFor(Id, n));

    public IReadOnlyList<Recommendation> AdoptOutcomes(
        IReadOnlyList<RecommendationDraft> recommendations, IReadOnlyList<LocalizedText> politicalMessages, DateTimeOffset now)
    {
        if (State != MeetingState.Held)
        {
            throw new FailedPreconditionException("MEETING_STATE", ResourceName,
                State == MeetingState.Reported
                    ? $"{ResourceName} has adopted its outcomes already."
                    : $"{ResourceName} is {StateName}: outcomes are adopted once the meeting is held.");
        }

        if (politicalMessages.Count > 0 && Kind != MeetingKind.PoliticalConference)
        {
            throw new InvalidArgumentException("political_messages", "only a political conference adopts political messages.", FieldReasons.NotAllowed);
        }

        if (recommendations.Count + politicalMessages.Count == 0)
        {
            throw new InvalidArgumentException("recommendations", "name at least one recommendation or political message.", FieldReasons.Required);
        }

        var adopted = recommendations.Select((r, i) => new Recommendation(Id, i + 1, r, now)).ToList();
        _politicalMessages.AddRange(politicalMessages);
        RecommendationCount = adopted.Count;
        State = MeetingState.Reported;
        Touch(now, new RecommendationsAdopted(Id, Kind.ToEventName(),
            adopted.Select(r => r.ToEvent()).ToList(), politicalMessages.Select(m => m.ToEvent()).ToList(), now));
        return adopted;
    }
}
