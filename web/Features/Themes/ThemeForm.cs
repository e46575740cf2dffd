using Mc2cm.Contracts.Dialogue.V1;
using Mc2cm.Web.Components.Forms;

namespace Mc2cm.Web.Features.Themes;

/// <summary>The new-theme form: its id and its name in up to three languages.</summary>
public sealed class ThemeForm : FormModel
{
    public string? Id { get; set; }

    public LocalizedTextInput DisplayName { get; set => field = value ?? new(); } = new();

    public CreateThemeRequest Request() => new()
    {
        ThemeId = Id?.Trim() ?? string.Empty,
        Theme = new Theme { DisplayName = DisplayName.ToProto() },
    };
}
