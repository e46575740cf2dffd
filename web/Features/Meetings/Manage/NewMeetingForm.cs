using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;
using Mc2cm.Web.Components.Shared;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>The new-meeting form: what a coordinator schedules; the service judges every rule (dates, host, themes).</summary>
public sealed class NewMeetingForm : FormModel
{
    public string? Id { get; set; }

    public LocalizedTextInput DisplayName { get; set => field = value ?? new(); } = new();

    public MeetingKind Kind { get; set; } = MeetingKind.PeerLearning;

    /// <summary>One theme of the catalogue ("themes/…"), or none.</summary>
    public string? Theme { get; set; }

    /// <summary>The host city ("cities/…"), or none for an online event or one outside the network.</summary>
    public string? HostCity { get; set; }

    public string? Location { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public string? TimeZone { get; set; } = "Europe/Brussels";

    public MeetingFormat Format { get; set; } = MeetingFormat.InPerson;

    public int Capacity { get; set; }

    public CreateMeetingRequest Request()
    {
        var meeting = new Meeting
        {
            DisplayName = DisplayName.ToProto(),
            Kind = Kind,
            HostCity = HostCity?.Trim() ?? string.Empty,
            Location = Location?.Trim() ?? string.Empty,
            StartDate = StartDate.ToProto(),
            EndDate = EndDate.ToProto(),
            TimeZone = TimeZone?.Trim() ?? string.Empty,
            Format = Format,
            Capacity = Capacity,
        };
        if (!string.IsNullOrWhiteSpace(Theme))
        {
            meeting.Themes.Add(Theme.Trim());
        }

        return new CreateMeetingRequest { MeetingId = Id?.Trim() ?? string.Empty, Meeting = meeting };
    }
}
