using Mc2cm.Contracts.Dialogue.V1;
using Date = Google.Type.Date;
using LocalizedText = Mc2cm.Contracts.Common.V1.LocalizedText;

namespace Mc2cm.Dialogue.Tests;

/// <summary>Valid requests to start from; each test changes what it tests.</summary>
public static class MeetingRequests
{
    /// <summary>An id no other test uses.</summary>
    public static string NewId(string prefix = "meeting") => $"{prefix}-{Guid.NewGuid():N}"[..30];

    public static Date Day(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>A peer-learning meeting in Tunis (a member city since phase II), on dates to come unless given.</summary>
    public static CreateMeetingRequest Create(string? id = null, Date? start = null, Date? end = null, string host = "cities/tunis") => new()
    {
        MeetingId = id ?? NewId(),
        Meeting = new Meeting
        {
            DisplayName = new LocalizedText { En = "Peer-learning meeting: reception of refugees", Fr = "Réunion d'apprentissage entre pairs : accueil des réfugiés" },
            Kind = MeetingKind.PeerLearning,
            Themes = { "themes/refugee-reception" },
            HostCity = host,
            StartDate = start ?? Day(2031, 5, 12),
            EndDate = end ?? Day(2031, 5, 13),
            TimeZone = "Africa/Tunis",
            Format = MeetingFormat.InPerson,
            Languages = { "en", "fr", "ar" },
            Capacity = 30,
            Sessions = { new AgendaSession { Title = new LocalizedText { En = "Myths and realities of migration" }, Day = 1, WorkingMethod = WorkingMethod.MythsVsRealities } },
            Documents = { new MeetingDocument { Kind = DocumentKind.Background, Language = "en", Uri = "https://example.org/background-en.pdf", Title = "Background document" } },
        },
    };

    /// <summary>A meeting that took place already (2019, while Tunis was a member): it can be confirmed and marked held.</summary>
    public static CreateMeetingRequest Past(string? id = null) => Create(id, Day(2019, 3, 5), Day(2019, 3, 6));

    public static RegisterParticipantRequest Register(string meeting, string? email = null) => new()
    {
        Parent = meeting,
        Registration = new Registration
        {
            Participant = new Participant
            {
                DisplayName = "Leila Ben Ammar",
                Organisation = "City of Tunis",
                City = "cities/tunis",
                Role = ParticipantRole.CityStaff,
                Email = email ?? $"{Guid.NewGuid():N}@example.org",
            },
        },
    };
}
