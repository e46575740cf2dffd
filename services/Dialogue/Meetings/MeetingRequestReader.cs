using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>
/// Reads meeting requests into domain values, checking every field first: a request with any
/// bad field is refused whole, naming each field (AIP-193), and nothing is stored. Output-only
/// fields (state, counts, history, flag, outcomes, times) are ignored, as AIP-203 asks.
/// </summary>
public static class MeetingRequestReader
{
    public const string Collection = "meetings";

    public static string ReadName(string name, string field = "name") =>
        ResourceNames.ReadId(field, name, Collection);

    /// <param name="themes">The ids of the theme catalogue.</param>
    public static NewMeeting ReadCreate(Proto.CreateMeetingRequest request, IReadOnlySet<string> themes)
    {
        var violations = new FieldViolations();
        var id = request.MeetingId.Length > 0 ? request.MeetingId : $"meeting-{Guid.NewGuid():N}"[..16];
        violations.Slug("meeting_id", id).Check(id.Length <= MeetingLimits.Id, "meeting_id", $"must be at most {MeetingLimits.Id} characters.", FieldReason.TooLong(MeetingLimits.Id));
        var meeting = Required(violations, request.Meeting);
        var names = violations.ReadLocalizedText("meeting.display_name", meeting.DisplayName, MeetingLimits.Name);
        var kind = violations.ReadEnum<MeetingKind>("meeting.kind", meeting.Kind);
        var themeIds = violations.ReadThemes("meeting.themes", meeting.Themes, themes);
        var host = meeting.HostCity.Length > 0 ? violations.ReadId("meeting.host_city", meeting.HostCity, "cities") : null;
        violations.OptionalText("meeting.location", meeting.Location, MeetingLimits.Place);
        violations.OptionalText("meeting.co_organiser", meeting.CoOrganiser, MeetingLimits.Place);
        var dates = violations.ReadDates("meeting.", meeting.StartDate, meeting.EndDate);
        var timeZone = violations.ReadTimeZone("meeting.time_zone", meeting.TimeZone);
        var format = violations.ReadEnum<MeetingFormat>("meeting.format", meeting.Format);
        var languages = violations.ReadLanguages("meeting.languages", meeting.Languages);
        var capacity = violations.ReadCapacity("meeting.capacity", meeting.Capacity);
        var sessions = violations.ReadSessions("meeting.sessions", meeting.Sessions);
        var documents = violations.ReadDocuments("meeting.documents", meeting.Documents);
        if (kind is { } k)
        {
            violations.Themes("meeting.themes", k, themeIds);
        }

        if (dates is { } d)
        {
            violations.Agenda("meeting.sessions", sessions, d.End.DayNumber - d.Start.DayNumber + 1);
        }

        if (!violations.HasViolationFor("meeting.host_city"))
        {
            violations.Place("meeting.location", host, meeting.Location);
        }

        violations.ThrowIfAny();
        return new NewMeeting(id, kind!.Value, names, themeIds, host, meeting.Location, meeting.CoOrganiser,
            new MeetingDates(dates!.Value.Start, dates.Value.End, timeZone), format!.Value, languages, capacity, sessions, documents);
    }

    public static MeetingUpdate ReadUpdate(Proto.UpdateMeetingRequest request, IReadOnlySet<string> themes)
    {
        var violations = new FieldViolations();
        var meeting = Required(violations, request.Meeting);
        var id = violations.ReadId("meeting.name", meeting.Name, Collection);
        violations.Check(!string.IsNullOrEmpty(meeting.Etag), "meeting.etag", "is required: send the etag of the meeting you read, so a stale update is refused.", FieldReasons.Required);
        var paths = MeetingUpdateMask.Paths(violations, request.UpdateMask, meeting);
        var changes = new MeetingChanges(
            Names: paths.Contains("display_name") ? violations.ReadLocalizedText("meeting.display_name", meeting.DisplayName, MeetingLimits.Name) : null,
            Kind: paths.Contains("kind") ? violations.ReadEnum<MeetingKind>("meeting.kind", meeting.Kind) : null,
            ThemeIds: paths.Contains("themes") ? violations.ReadThemes("meeting.themes", meeting.Themes, themes) : null,
            Location: paths.Contains("location") ? Text(violations, "meeting.location", meeting.Location) : null,
            CoOrganiser: paths.Contains("co_organiser") ? Text(violations, "meeting.co_organiser", meeting.CoOrganiser) : null,
            Format: paths.Contains("format") ? violations.ReadEnum<MeetingFormat>("meeting.format", meeting.Format) : null,
            Languages: paths.Contains("languages") ? violations.ReadLanguages("meeting.languages", meeting.Languages) : null,
            Capacity: paths.Contains("capacity") ? violations.ReadCapacity("meeting.capacity", meeting.Capacity) : null,
            Sessions: paths.Contains("sessions") ? violations.ReadSessions("meeting.sessions", meeting.Sessions) : null,
            Documents: paths.Contains("documents") ? violations.ReadDocuments("meeting.documents", meeting.Documents) : null);
        violations.Check(paths.Count > 0, "update_mask", "names no field to change.", FieldReasons.Required);
        violations.ThrowIfAny();
        return new MeetingUpdate(id!, meeting.Etag, changes);
    }

    public static MeetingMove ReadReschedule(Proto.RescheduleMeetingRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        var dates = violations.ReadDates(string.Empty, request.StartDate, request.EndDate);
        var host = request.HasHostCity && request.HostCity.Length > 0 ? violations.ReadId("host_city", request.HostCity, "cities") : null;
        var location = request.HasLocation ? Text(violations, "location", request.Location) : null;
        var timeZone = request.TimeZone.Length > 0 ? violations.ReadTimeZone("time_zone", request.TimeZone) : null;
        violations.RequiredText("reason", request.Reason, MeetingLimits.Reason);
        violations.ThrowIfAny();
        return new MeetingMove(id!, dates!.Value.Start, dates.Value.End, timeZone, request.HasHostCity, host, location, request.Reason, request.Etag);
    }

    public static MeetingCommand ReadCancel(Proto.CancelMeetingRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.ReadId("name", request.Name, Collection);
        violations.RequiredText("reason", request.Reason, MeetingLimits.Reason);
        violations.ThrowIfAny();
        return new MeetingCommand(id!, request.Etag, request.Reason);
    }

    private static Proto.Meeting Required(FieldViolations violations, Proto.Meeting? meeting)
    {
        if (meeting is null)
        {
            violations.Required("meeting").ThrowIfAny();
        }

        return meeting!;
    }

    private static string Text(FieldViolations violations, string field, string value)
    {
        violations.OptionalText(field, value, MeetingLimits.Place);
        return value;
    }
}
