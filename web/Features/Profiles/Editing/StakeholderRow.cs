using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Profiles.Editing;

/// <summary>One stakeholder of the draft: its name, its kind, its role in up to three languages, its programmes one a line.</summary>
public sealed class StakeholderRow
{
    public string? Name { get; set; }

    public StakeholderType Type { get; set; }

    public LocalizedTextInput Role { get; set => field = value ?? new(); } = new();

    /// <summary>The programmes it runs, one a line.</summary>
    public string? Programmes { get; set; }

    /// <summary>Ticked to take the stakeholder off the profile (no script: the row is simply not sent).</summary>
    public bool Remove { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && Type == StakeholderType.Unspecified && Role.IsBlank && string.IsNullOrWhiteSpace(Programmes);

    /// <summary>Sent with the section: anything typed, not ticked for removal. A row without a name is sent, for the service to name the field.</summary>
    public bool IsSent => !IsBlank && !Remove;

    public static StakeholderRow From(Stakeholder stakeholder) => new()
    {
        Name = stakeholder.Name,
        Type = stakeholder.Type,
        Role = LocalizedTextInput.From(stakeholder.Role),
        Programmes = string.Join('\n', stakeholder.Programmes),
    };

    public Stakeholder ToProto() => new()
    {
        Name = Name?.Trim() ?? string.Empty,
        Type = Type,
        Role = Role.ToProto(),
        Programmes = { ProfileSectionForm.Lines(Programmes) },
    };
}
