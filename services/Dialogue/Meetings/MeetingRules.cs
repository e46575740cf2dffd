using Mc2cm.Domain.Validation;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// The rules that tie a meeting's fields together, checked when it is created (with the other
/// field checks of the request) and again when an update or a move changes one side of them.
/// </summary>
internal static class MeetingRules
{
    public static FieldViolations Themes(this FieldViolations violations, string field, MeetingKind kind, IReadOnlyList<string> themeIds) =>
        violations.Check(kind != MeetingKind.PeerLearning || themeIds.Count > 0, field, "must name at least one theme for a peer-learning meeting.", FieldReasons.Required);

    public static FieldViolations Place(this FieldViolations violations, string field, string? hostCityId, string location) =>
        violations.Check(hostCityId is not null || location.Length > 0, field,
            "is required when the meeting has no host city, e.g. \"Online\" or \"Brussels\".", FieldReasons.Required);

    public static FieldViolations Agenda(this FieldViolations violations, string field, IReadOnlyList<AgendaSession> sessions, int days)
    {
        for (var i = 0; i < sessions.Count; i++)
        {
            violations.Check(sessions[i].Day >= 1 && sessions[i].Day <= days, $"{field}[{i}].day",
                $"must be a day of the meeting, from 1 to {days}.", FieldReason.Range(1, days));
        }

        return violations;
    }
}
