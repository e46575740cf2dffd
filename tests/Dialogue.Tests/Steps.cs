using Google.Type;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Dialogue.V1;
using LocalizedText = Mc2cm.Contracts.Common.V1.LocalizedText;

namespace Mc2cm.Dialogue.Tests;

/// <summary>The steps tests share: schedule a meeting, take it through its lifecycle, register a city.</summary>
public static class Steps
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<Meeting> ScheduleAsync(this DialogueApp app, CreateMeetingRequest? request = null) =>
        (await app.Meetings.CreateMeetingAsync(request ?? MeetingRequests.Create(), cancellationToken: Ct)).Meeting;

    /// <summary>A meeting of 2019 in Tunis, confirmed and marked held (with <paramref name="participants"/> registered before).</summary>
    public static async Task<Meeting> HeldAsync(this DialogueApp app, MeetingKind kind = MeetingKind.PeerLearning, int participants = 0)
    {
        var request = MeetingRequests.Past();
        request.Meeting.Kind = kind;
        var meeting = await app.ScheduleAsync(request);
        for (var i = 0; i < participants; i++)
        {
            await app.Registrations.RegisterParticipantAsync(MeetingRequests.Register(meeting.Name), cancellationToken: Ct);
        }

        await app.Meetings.ConfirmMeetingAsync(new ConfirmMeetingRequest { Name = meeting.Name }, cancellationToken: Ct);
        return (await app.Meetings.MarkMeetingHeldAsync(new MarkMeetingHeldRequest { Name = meeting.Name }, cancellationToken: Ct)).Meeting;
    }

    /// <summary>A new city in the Cities service, a member from 1 January 2019 when <paramref name="member"/>.</summary>
    public static async Task<string> RegisterCityAsync(this DialogueApp app, bool member)
    {
        var id = MeetingRequests.NewId("city");
        await app.Cities.CreateCityAsync(new CreateCityRequest
        {
            CityId = id,
            City = new City { DisplayName = new LocalizedText { En = "Oujda", Fr = "Oujda", Ar = "وجدة" }, CountryCode = "MA", Region = Region.NorthAfrica },
        }, cancellationToken: Ct);
        if (member)
        {
            await app.Cities.JoinNetworkAsync(new JoinNetworkRequest
            {
                Name = $"cities/{id}", Phase = "phases/phase-2", JoinedOn = new Date { Year = 2019, Month = 1, Day = 1 },
            }, cancellationToken: Ct);
        }

        return id;
    }

    /// <summary>A theme of the test's own, so a filter by it finds only the test's meetings.</summary>
    public static async Task<string> NewThemeAsync(this DialogueApp app)
    {
        var id = MeetingRequests.NewId("theme");
        await app.Themes.CreateThemeAsync(new CreateThemeRequest
        {
            ThemeId = id,
            Theme = new Theme { DisplayName = new LocalizedText { En = "Test theme", Fr = "Thème d'essai" } },
        }, cancellationToken: Ct);
        return $"themes/{id}";
    }
}
