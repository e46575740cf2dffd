using Google.Protobuf.WellKnownTypes;
using Mc2cm.Domain.Validation;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>Which fields an UpdateMeeting request changes (AIP-134).</summary>
internal static class MeetingUpdateMask
{
    private static readonly string[] MutablePaths =
        ["display_name", "kind", "themes", "location", "co_organiser", "format", "languages", "capacity", "sessions", "documents"];

    /// <summary>The update mask's paths, or (AIP-134) every mutable field that is set when the mask is empty.</summary>
    public static HashSet<string> Paths(FieldViolations violations, FieldMask? mask, Proto.Meeting meeting)
    {
        if (mask is { Paths.Count: > 0 })
        {
            foreach (var path in mask.Paths.Where(p => !MutablePaths.Contains(p)))
            {
                violations.Add("update_mask", $"\"{path}\" cannot be updated here; updatable fields: {string.Join(", ", MutablePaths)}. Dates and host change with :reschedule.", FieldReasons.NotAllowed);
            }

            return mask.Paths.Where(MutablePaths.Contains).ToHashSet();
        }

        var set = new HashSet<string>();
        if (meeting.DisplayName is not null) set.Add("display_name");
        if (meeting.Kind != Proto.MeetingKind.Unspecified) set.Add("kind");
        if (meeting.Themes.Count > 0) set.Add("themes");
        if (meeting.Location.Length > 0) set.Add("location");
        if (meeting.CoOrganiser.Length > 0) set.Add("co_organiser");
        if (meeting.Format != Proto.MeetingFormat.Unspecified) set.Add("format");
        if (meeting.Languages.Count > 0) set.Add("languages");
        if (meeting.Capacity != 0) set.Add("capacity");
        if (meeting.Sessions.Count > 0) set.Add("sessions");
        if (meeting.Documents.Count > 0) set.Add("documents");
        return set;
    }
}
