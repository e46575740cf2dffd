using Mc2cm.Testing;
using static Mc2cm.BadInput.Tests.Cases.Answers;
using static Mc2cm.BadInput.Tests.Cases.BadKind;
using static Mc2cm.BadInput.Tests.Cases.CaseText;
using Proto = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.BadInput.Tests.Cases;

/// <summary>Bad input for the Dialogue service's writes: meetings and their lifecycle, outcomes, registrations, themes.</summary>
public static class DialogueCases
{
    private const string NoMeeting = "meetings/atlantis-2031";

    private static readonly Google.Protobuf.Reflection.MethodDescriptor
        CreateMeeting = Rpc(Proto.MeetingsService.Descriptor, "CreateMeeting"),
        UpdateMeeting = Rpc(Proto.MeetingsService.Descriptor, "UpdateMeeting"),
        ConfirmMeeting = Rpc(Proto.MeetingsService.Descriptor, "ConfirmMeeting"),
        RescheduleMeeting = Rpc(Proto.MeetingsService.Descriptor, "RescheduleMeeting"),
        CancelMeeting = Rpc(Proto.MeetingsService.Descriptor, "CancelMeeting"),
        MarkMeetingHeld = Rpc(Proto.MeetingsService.Descriptor, "MarkMeetingHeld"),
        AdoptOutcomes = Rpc(Proto.OutcomesService.Descriptor, "AdoptOutcomes"),
        RegisterParticipant = Rpc(Proto.RegistrationsService.Descriptor, "RegisterParticipant"),
        CancelRegistration = Rpc(Proto.RegistrationsService.Descriptor, "CancelRegistration"),
        CreateTheme = Rpc(Proto.ThemesService.Descriptor, "CreateTheme");

    public static IEnumerable<BadCase> All =>
    [
        new(Missing, "no meeting", CreateMeeting, _ => NewMeeting().With(r => r.Meeting = null), Invalid("meeting")) { RestExpect = UnreadableJson },
        new(Missing, "no English title", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.DisplayName.En = ""), Invalid("meeting.display_name.en")),
        new(Missing, "no kind", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Kind = Proto.MeetingKind.Unspecified), Invalid("meeting.kind")),
        new(UnknownEnum, "kind 99", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Kind = (Proto.MeetingKind)99), Invalid("meeting.kind")),
        new(UnknownEnum, "format name not in the enum", CreateMeeting, _ => NewMeeting(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json(MeetingJson("\"MEETING_FORMAT_TELEPATHY\"")) },
        new(UnknownId, "theme not in the catalogue", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Themes.Add("themes/astrology")), Invalid("meeting.themes[1]")),
        new(BadDate, "ends before it starts", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.EndDate = Date(2031, 5, 11)), Invalid("meeting.end_date")),
        new(BadDate, "starts in month 13", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.StartDate = Date(2031, 13, 12)), Invalid("meeting.start_date")),
        new(BadDate, "lasts 40 days", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.EndDate = Date(2031, 6, 21)), Invalid("meeting.end_date")),
        new(BadDate, "in the year 1066", CreateMeeting, _ => NewMeeting().With(r => (r.Meeting.StartDate, r.Meeting.EndDate) = (Date(1066, 10, 14), Date(1066, 10, 14))), Invalid("meeting.start_date", "meeting.end_date")),
        new(BadDate, "before its host joined the network", CreateMeeting, _ => NewMeeting().With(r => (r.Meeting.StartDate, r.Meeting.EndDate) = (Date(2010, 5, 12), Date(2010, 5, 13))), Precondition("MEMBERSHIP")),
        new(BadFormat, "time zone Mars/Olympus_Mons", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.TimeZone = "Mars/Olympus_Mons"), Invalid("meeting.time_zone")),
        new(WrongIsoCode, "language zz", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Languages.Add("zz")), Invalid("meeting.languages[0]")),
        new(WrongIsoCode, "language EN in capitals", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Languages.Add("EN")), Invalid("meeting.languages[0]")),
        new(WrongIsoCode, "document language xx", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Documents.Add(new Proto.MeetingDocument { Kind = Proto.DocumentKind.Background, Language = "xx", Uri = "https://example.org/a.pdf", Title = "Agenda" })),
            Invalid("meeting.documents[0].language")),
        new(BadNumber, "capacity -1", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Capacity = -1), Invalid("meeting.capacity")),
        new(BadNumber, "capacity of two billion", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Capacity = 2_000_000_000), Invalid("meeting.capacity")),
        new(BadNumber, "a session on day 0", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Sessions.Add(new Proto.AgendaSession { Title = new() { En = "Opening" }, Day = 0 })), Invalid("meeting.sessions[0].day")),
        new(BadFormat, "a javascript: document", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Documents.Add(new Proto.MeetingDocument { Kind = Proto.DocumentKind.Background, Language = "en", Uri = "javascript:alert(1)", Title = "Agenda" })),
            Invalid("meeting.documents[0].uri")),
        new(TooLong, "location of 201 characters", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.Location = Long(201)), Invalid("meeting.location")),
        new(ControlCharacters, "BEL in the co-organiser", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.CoOrganiser = WithControl), Invalid("meeting.co_organiser")),
        new(SpoofingCharacters, "right-to-left override in the English title", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.DisplayName.En = WithOverride), Invalid("meeting.display_name.en")),
        new(SpoofingCharacters, "zero-width joiner in the Arabic title", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.DisplayName.Ar = WithJoiner), Invalid("meeting.display_name.ar")),
        new(SpoofingCharacters, "zero-width space in a session's title", CreateMeeting,
            _ => NewMeeting().With(r => r.Meeting.Sessions.Add(new Proto.AgendaSession { Title = new() { En = WithZeroWidthSpace }, Day = 1 })), Invalid("meeting.sessions[0].title.en")),
        new(UnknownId, "host city atlantis", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.HostCity = "cities/atlantis"), NotFound("cities/atlantis")),
        new(DuplicateId, "the id of a seeded meeting", CreateMeeting, _ => NewMeeting().With(r => r.MeetingId = "lisbon-2016"), Exists(Known.HeldMeeting)),
        new(MalformedJson, "an unclosed string", CreateMeeting, _ => NewMeeting(), UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"displayName":{"en":"Peer learning}}""") },
        new(Oversized, "a title over 4 MB", CreateMeeting, _ => NewMeeting().With(r => r.Meeting.DisplayName.Ar = HugeText), TooLarge),

        new(Missing, "no meeting name", UpdateMeeting, k => Retitle(k).With(r => r.Meeting.Name = ""), Invalid("meeting.name")) { RestExpect = NoRoute },
        new(Missing, "no etag", UpdateMeeting, k => Retitle(k).With(r => r.Meeting.Etag = ""), Invalid("meeting.etag")),
        new(BadFormat, "dates in the mask", UpdateMeeting, k => Retitle(k).With(r => r.UpdateMask.Paths.Add("start_date")), Invalid("update_mask")),
        new(BadNumber, "capacity -5", UpdateMeeting, k => Retitle(k).With(r => (r.Meeting.Capacity, r.UpdateMask) = (-5, Mask("capacity"))), Invalid("meeting.capacity")),
        new(UnknownEnum, "format 9", UpdateMeeting, k => Retitle(k).With(r => (r.Meeting.Format, r.UpdateMask) = ((Proto.MeetingFormat)9, Mask("format"))), Invalid("meeting.format")),
        new(UnknownId, "a meeting that does not exist", UpdateMeeting, k => Retitle(k).With(r => r.Meeting.Name = NoMeeting), NotFound(NoMeeting)),
        new(StaleEtag, "an old etag", UpdateMeeting, k => Retitle(k).With(r => r.Meeting.Etag = Known.StaleEtag), Stale),
        new(InvalidTransition, "a new capacity for a held meeting", UpdateMeeting,
            k => Retitle(k).With(r => (r.Meeting.Name, r.Meeting.Etag, r.Meeting.Capacity, r.UpdateMask) = (Known.HeldMeeting, k.HeldMeetingEtag, 10, Mask("capacity"))), Precondition("MEETING_STATE")),

        new(InvalidTransition, "a held meeting", ConfirmMeeting, k => new Proto.ConfirmMeetingRequest { Name = Known.HeldMeeting, Etag = k.HeldMeetingEtag }, Precondition("MEETING_STATE")),
        new(UnknownId, "a meeting that does not exist", ConfirmMeeting, _ => new Proto.ConfirmMeetingRequest { Name = NoMeeting }, NotFound(NoMeeting)),
        new(StaleEtag, "an old etag", ConfirmMeeting, k => new Proto.ConfirmMeetingRequest { Name = k.PlannedMeeting.Name, Etag = Known.StaleEtag }, Stale),
        new(TooLong, "a name of 300 characters", ConfirmMeeting, _ => new Proto.ConfirmMeetingRequest { Name = "meetings/" + Long(300) }, Invalid("name")),
        new(BadFormat, "a name with capitals", ConfirmMeeting, _ => new Proto.ConfirmMeetingRequest { Name = "meetings/Tunis-2031" }, Invalid("name")),

        new(Missing, "no reason", RescheduleMeeting, k => Move(k).With(r => r.Reason = ""), Invalid("reason")),
        new(BadDate, "ends before it starts", RescheduleMeeting, k => Move(k).With(r => r.EndDate = Date(2031, 6, 1)), Invalid("end_date")),
        new(BadDate, "starts in month 0", RescheduleMeeting, k => Move(k).With(r => r.StartDate = Date(2031, 0, 2)), Invalid("start_date")),
        new(BadDate, "before its host joined the network", RescheduleMeeting, k => Move(k).With(r => (r.StartDate, r.EndDate) = (Date(2010, 6, 2), Date(2010, 6, 3))), Precondition("MEMBERSHIP")),
        new(BadFormat, "time zone Europe/Atlantis", RescheduleMeeting, k => Move(k).With(r => r.TimeZone = "Europe/Atlantis"), Invalid("time_zone")),
        new(BadFormat, "a host without its collection", RescheduleMeeting, k => Move(k).With(r => r.HostCity = "tunis"), Invalid("host_city")),
        new(InvalidTransition, "a held meeting", RescheduleMeeting, k => Move(k).With(r => (r.Name, r.Etag) = (Known.HeldMeeting, k.HeldMeetingEtag)), Precondition("MEETING_STATE")),

        new(Missing, "no reason", CancelMeeting, k => Cancel(k).With(r => r.Reason = ""), Invalid("reason")),
        new(TooLong, "reason of 501 characters", CancelMeeting, k => Cancel(k).With(r => r.Reason = Long(501)), Invalid("reason")),
        new(ControlCharacters, "BEL in the reason", CancelMeeting, k => Cancel(k).With(r => r.Reason = WithControl), Invalid("reason")),
        new(InvalidTransition, "a held meeting", CancelMeeting, k => Cancel(k).With(r => (r.Name, r.Etag) = (Known.HeldMeeting, k.HeldMeetingEtag)), Precondition("MEETING_STATE")),

        new(InvalidTransition, "a planned meeting, not confirmed", MarkMeetingHeld, k => new Proto.MarkMeetingHeldRequest { Name = k.PlannedMeeting.Name, Etag = k.PlannedMeeting.Etag }, Precondition("MEETING_STATE")),
        new(InvalidTransition, "a meeting held already", MarkMeetingHeld, k => new Proto.MarkMeetingHeldRequest { Name = Known.HeldMeeting, Etag = k.HeldMeetingEtag }, Precondition("MEETING_STATE")),
        new(UnknownId, "a meeting that does not exist", MarkMeetingHeld, _ => new Proto.MarkMeetingHeldRequest { Name = NoMeeting }, NotFound(NoMeeting)),

        new(Missing, "a recommendation without text", AdoptOutcomes, k => Adopt(k).With(r => r.Recommendations[0].Text.En = ""), Invalid("recommendations[0].text.en")),
        new(Missing, "a recommendation addressed to no one", AdoptOutcomes, k => Adopt(k).With(r => r.Recommendations[0].Addressees.Clear()), Invalid("recommendations[0].addressees")),
        new(UnknownEnum, "addressee 9", AdoptOutcomes, k => Adopt(k).With(r => r.Recommendations[0].Addressees[0] = (Proto.Addressee)9), Invalid("recommendations[0].addressees[0]")),
        new(UnknownId, "theme not in the catalogue", AdoptOutcomes, k => Adopt(k).With(r => r.Recommendations[0].Themes.Add("themes/astrology")), Invalid("recommendations[0].themes[0]")),
        new(Empty, "nothing to adopt", AdoptOutcomes, k => Adopt(k).With(r => r.Recommendations.Clear()), Invalid("recommendations")),
        new(BadFormat, "political messages of a peer-learning meeting", AdoptOutcomes, k => Adopt(k).With(r => r.PoliticalMessages.Add(new Contracts.Common.V1.LocalizedText { En = "Cities welcome." })), Invalid("political_messages")),
        new(InvalidTransition, "a planned meeting", AdoptOutcomes, k => Adopt(k).With(r => (r.Name, r.Etag) = (k.PlannedMeeting.Name, k.PlannedMeeting.Etag)), Precondition("MEETING_STATE")),
        new(StaleEtag, "an old etag", AdoptOutcomes, k => Adopt(k).With(r => r.Etag = Known.StaleEtag), Stale),
        new(UnknownId, "a meeting that does not exist", AdoptOutcomes, k => Adopt(k).With(r => (r.Name, r.Etag) = (NoMeeting, "")), NotFound(NoMeeting)),

        new(Missing, "no participant", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant = null), Invalid("registration.participant")),
        new(Missing, "no name", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.DisplayName = ""), Invalid("registration.participant.display_name")),
        new(BadFormat, "an e-mail address with a space", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.Email = "leila benammar@example.org"), Invalid("registration.participant.email")),
        new(Missing, "no role", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.Role = Proto.ParticipantRole.Unspecified), Invalid("registration.participant.role")),
        new(UnknownEnum, "role 99", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.Role = (Proto.ParticipantRole)99), Invalid("registration.participant.role")),
        new(UnknownEnum, "role name not in the enum", RegisterParticipant, Register, UnreadableJson)
            { Faces = [Face.Rest], RestBody = _ => Json("""{"participant":{"displayName":"Leila","role":"PARTICIPANT_ROLE_KING","email":"leila@example.org"}}""") },
        new(BadFormat, "a city without its collection", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.City = "tunis"), Invalid("registration.participant.city")),
        new(TooLong, "organisation of 201 characters", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.Organisation = Long(201)), Invalid("registration.participant.organisation")),
        new(SpoofingCharacters, "isolate in the name", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.DisplayName = WithIsolate), Invalid("registration.participant.display_name")),
        new(ControlCharacters, "NUL in the name", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.DisplayName = WithNul), Invalid("registration.participant.display_name")),
        // Anyone signed in may register: a city's expert is refused for the input too.
        new(BadFormat, "an e-mail address without a domain, by a city's expert", RegisterParticipant, k => Register(k).With(r => r.Registration.Participant.Email = "leila@"), Invalid("registration.participant.email"))
            { User = SharedIssuer.LisbonExpert },
        new(InvalidTransition, "a held meeting", RegisterParticipant, k => Register(k).With(r => r.Parent = Known.HeldMeeting), Precondition("REGISTRATION_CLOSED")),
        new(UnknownId, "a meeting that does not exist", RegisterParticipant, k => Register(k).With(r => r.Parent = NoMeeting), NotFound(NoMeeting)),
        new(MalformedJson, "two bodies", RegisterParticipant, Register, UnreadableJson) { Faces = [Face.Rest], RestBody = _ => Json("""{"participant":{}}{"participant":{}}""") },

        new(BadFormat, "a name outside a meeting", CancelRegistration, _ => new Proto.CancelRegistrationRequest { Name = "registrations/reg-1" }, Invalid("name")) { RestExpect = NoRoute },
        new(UnknownId, "a registration that does not exist", CancelRegistration, _ => new Proto.CancelRegistrationRequest { Name = $"{Known.HeldMeeting}/registrations/nobody" },
            NotFound($"{Known.HeldMeeting}/registrations/nobody")),

        new(Missing, "no theme id", CreateTheme, _ => NewTheme().With(r => r.ThemeId = ""), Invalid("theme_id")),
        new(BadFormat, "theme id with punctuation", CreateTheme, _ => NewTheme().With(r => r.ThemeId = "housing!"), Invalid("theme_id")),
        new(Missing, "no English name", CreateTheme, _ => NewTheme().With(r => r.Theme.DisplayName.En = ""), Invalid("theme.display_name.en")),
        new(TooLong, "name of 201 characters", CreateTheme, _ => NewTheme().With(r => r.Theme.DisplayName.En = Long(201)), Invalid("theme.display_name.en")),
        new(SpoofingCharacters, "byte order mark in the French name", CreateTheme, _ => NewTheme().With(r => r.Theme.DisplayName.Fr = WithByteOrderMark), Invalid("theme.display_name.fr")),
        new(ControlCharacters, "BEL in the Arabic name", CreateTheme, _ => NewTheme().With(r => r.Theme.DisplayName.Ar = WithControl), Invalid("theme.display_name.ar")),
        new(DuplicateId, "the id of a seeded theme", CreateTheme, _ => NewTheme().With(r => r.ThemeId = "social-cohesion"), Exists("themes/social-cohesion")),
    ];

    /// <summary>A peer-learning meeting hosted by Tunis in 2031 (the fixture schedules one under another id).</summary>
    public static Proto.CreateMeetingRequest NewMeeting(string id = "tunis-2031") => new()
    {
        MeetingId = id,
        Meeting = new Proto.Meeting
        {
            DisplayName = new() { En = "Peer-learning meeting: reception of newcomers" }, Kind = Proto.MeetingKind.PeerLearning,
            Themes = { "themes/social-cohesion" }, HostCity = Known.Tunis, StartDate = Date(2031, 5, 12), EndDate = Date(2031, 5, 13),
            TimeZone = "Africa/Tunis", Format = Proto.MeetingFormat.InPerson, Capacity = 40,
        },
    };

    private static string MeetingJson(string format) =>
        $$"""{"displayName":{"en":"Peer learning"},"kind":"MEETING_KIND_PEER_LEARNING","themes":["themes/social-cohesion"],"hostCity":"cities/tunis","startDate":{"year":2031,"month":5,"day":12},"endDate":{"year":2031,"month":5,"day":13},"timeZone":"Africa/Tunis","format":{{format}}}""";

    private static Proto.UpdateMeetingRequest Retitle(Known known) => new()
    {
        Meeting = new Proto.Meeting { Name = known.PlannedMeeting.Name, DisplayName = new() { En = "Peer-learning meeting on reception" }, Etag = known.PlannedMeeting.Etag },
        UpdateMask = Mask("display_name"),
    };

    private static Proto.RescheduleMeetingRequest Move(Known known) => new()
    {
        Name = known.PlannedMeeting.Name, StartDate = Date(2031, 6, 2), EndDate = Date(2031, 6, 3), Reason = "The venue is taken.", Etag = known.PlannedMeeting.Etag,
    };

    private static Proto.CancelMeetingRequest Cancel(Known known) => new() { Name = known.PlannedMeeting.Name, Reason = "No host can be found.", Etag = known.PlannedMeeting.Etag };

    private static Proto.AdoptOutcomesRequest Adopt(Known known) => new()
    {
        Name = Known.HeldMeeting, Etag = known.HeldMeetingEtag,
        Recommendations = { new Proto.Recommendation { Text = new() { En = "Open municipal services to every migrant." }, Addressees = { Proto.Addressee.Cities } } },
    };

    private static Proto.RegisterParticipantRequest Register(Known known) => new()
    {
        Parent = known.PlannedMeeting.Name,
        Registration = new Proto.Registration
        {
            Participant = new Proto.Participant { DisplayName = "Leila Ben Ammar", Role = Proto.ParticipantRole.CityStaff, Email = "leila@example.org" },
        },
    };

    private static Proto.CreateThemeRequest NewTheme() => new() { ThemeId = "housing", Theme = new Proto.Theme { DisplayName = new() { En = "Housing" } } };
}
