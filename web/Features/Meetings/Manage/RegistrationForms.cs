using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Meetings.Manage;

/// <summary>A participant a city (or a coordinator) registers for a meeting.</summary>
public sealed class RegistrationForm : FormModel
{
    public string? DisplayName { get; set; }

    public string? Organisation { get; set; }

    /// <summary>The city the person comes for ("cities/…"), or none.</summary>
    public string? City { get; set; }

    public ParticipantRole Role { get; set; } = ParticipantRole.CityStaff;

    public string? Email { get; set; }

    public RegisterParticipantRequest Request(string meeting) => new()
    {
        Parent = meeting,
        Registration = new Registration
        {
            Participant = new Participant
            {
                DisplayName = DisplayName?.Trim() ?? string.Empty,
                Organisation = Organisation?.Trim() ?? string.Empty,
                City = City?.Trim() ?? string.Empty,
                Role = Role,
                Email = Email?.Trim() ?? string.Empty,
            },
        },
    };
}

/// <summary>A registration to cancel, by name; a coordinator's list offers one button per registration.</summary>
public sealed class CancelRegistrationForm : FormModel
{
    public string? Registration { get; set; }

    public CancelRegistrationRequest Request() => new() { Name = Registration ?? string.Empty, Etag = Etag ?? string.Empty };
}
