using Google.Protobuf.Collections;
using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;
using Mc2cm.ServiceDefaults.Api;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Dialogue.Meetings;

/// <summary>Checks of the meeting fields that both CreateMeeting and UpdateMeeting read; each names its field.</summary>
internal static class MeetingFieldReader
{
    /// <summary>Theme names ("themes/{theme}") from the catalogue, without repeats.</summary>
    public static List<string> ReadThemes(this FieldViolations violations, string field, RepeatedField<string> themes, IReadOnlySet<string> catalogue)
    {
        violations.Check(themes.Count <= MeetingLimits.MaxThemes, field, $"must name at most {MeetingLimits.MaxThemes} themes.", FieldReason.TooMany(MeetingLimits.MaxThemes));
        var ids = new List<string>();
        for (var i = 0; i < themes.Count; i++)
        {
            var id = violations.ReadId($"{field}[{i}]", themes[i], "themes");
            if (id is null)
            {
                continue;
            }

            if (!catalogue.Contains(id))
            {
                violations.Add($"{field}[{i}]", $"themes/{id} is not in the theme catalogue; see ListThemes.", FieldReasons.UnknownReference);
            }
            else if (ids.Contains(id))
            {
                violations.Add($"{field}[{i}]", $"themes/{id} is named twice.", FieldReasons.Duplicate);
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>ISO 639-1 codes ("en", "fr", "ar"...), lower case, without repeats.</summary>
    public static List<string> ReadLanguages(this FieldViolations violations, string field, RepeatedField<string> languages)
    {
        violations.Check(languages.Count <= MeetingLimits.MaxLanguages, field, $"must name at most {MeetingLimits.MaxLanguages} languages.", FieldReason.TooMany(MeetingLimits.MaxLanguages));
        for (var i = 0; i < languages.Count; i++)
        {
            violations.LanguageCode($"{field}[{i}]", languages[i]);
        }

        violations.Check(languages.Distinct().Count() == languages.Count, field, "must not name a language twice.", FieldReasons.Duplicate);
        return [.. languages];
    }

    public static string ReadTimeZone(this FieldViolations violations, string field, string timeZone)
    {
        if (string.IsNullOrEmpty(timeZone))
        {
            violations.Add(field, "is required: the IANA time zone of the host city, e.g. \"Europe/Lisbon\".", FieldReasons.Required);
        }
        else
        {
            violations.Check(timeZone.Length <= MeetingLimits.TimeZone && MeetingDates.IsKnownTimeZone(timeZone), field,
                "must be an IANA time zone, e.g. \"Europe/Lisbon\" or \"Africa/Tunis\".", FieldReason.InvalidFormat("Europe/Lisbon"));
        }

        return timeZone;
    }

    public static int ReadCapacity(this FieldViolations violations, string field, int capacity)
    {
        violations.Check(capacity is >= 0 and <= MeetingLimits.MaxCapacity, field, $"must be from 0 (no limit) to {MeetingLimits.MaxCapacity:N0}.",
            FieldReason.Range(0, MeetingLimits.MaxCapacity));
        return capacity;
    }

    public static List<AgendaSession> ReadSessions(this FieldViolations violations, string field, RepeatedField<Proto.AgendaSession> sessions)
    {
        violations.Check(sessions.Count <= MeetingLimits.MaxSessions, field, $"must list at most {MeetingLimits.MaxSessions} sessions.", FieldReason.TooMany(MeetingLimits.MaxSessions));
        var read = new List<AgendaSession>();
        for (var i = 0; i < sessions.Count; i++)
        {
            var title = violations.ReadLocalizedText($"{field}[{i}].title", sessions[i].Title, MeetingLimits.Name);
            violations.Check(sessions[i].Day >= 1, $"{field}[{i}].day", "must be a day of the meeting, from 1.", FieldReason.AtLeast(1));
            var method = violations.ReadEnum<WorkingMethod>($"{field}[{i}].working_method", sessions[i].WorkingMethod, required: false);
            read.Add(new AgendaSession(title, sessions[i].Day, method ?? WorkingMethod.Unspecified));
        }

        return read;
    }

    public static List<MeetingDocument> ReadDocuments(this FieldViolations violations, string field, RepeatedField<Proto.MeetingDocument> documents)
    {
        violations.Check(documents.Count <= MeetingLimits.MaxDocuments, field, $"must list at most {MeetingLimits.MaxDocuments} documents.", FieldReason.TooMany(MeetingLimits.MaxDocuments));
        var read = new List<MeetingDocument>();
        for (var i = 0; i < documents.Count; i++)
        {
            var document = documents[i];
            var kind = violations.ReadEnum<DocumentKind>($"{field}[{i}].kind", document.Kind);
            violations.LanguageCode($"{field}[{i}].language", document.Language);
            violations.Check(document.Uri.Length <= MeetingLimits.Uri && Uri.TryCreate(document.Uri, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp), $"{field}[{i}].uri", "must be an absolute http or https URI.",
                FieldReason.InvalidFormat("https://example.org/agenda.pdf"));
            violations.RequiredText($"{field}[{i}].title", document.Title, MeetingLimits.DocumentTitle);
            read.Add(new MeetingDocument(kind ?? DocumentKind.Other, document.Language, document.Uri, document.Title));
        }

        return read;
    }

    /// <summary>The meeting's dates: both required, the last on or after the first.</summary>
    public static (DateOnly Start, DateOnly End)? ReadDates(this FieldViolations violations, string prefix, Google.Type.Date? start, Google.Type.Date? end)
    {
        var first = violations.ReadDate($"{prefix}start_date", start);
        var last = violations.ReadDate($"{prefix}end_date", end);
        if (first is null || last is null)
        {
            return null;
        }

        violations.Check(last >= first, $"{prefix}end_date", "must be on or after start_date.", FieldReason.MustFollow($"{prefix}start_date"));
        violations.Check(last.Value.DayNumber - first.Value.DayNumber < MeetingLimits.MaxDays, $"{prefix}end_date", $"must be within {MeetingLimits.MaxDays} days of start_date.",
            FieldReason.Range(first.Value, first.Value.AddDays(MeetingLimits.MaxDays - 1)));
        return last >= first ? (first.Value, last.Value) : null;
    }
}
