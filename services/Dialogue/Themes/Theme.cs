using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Dialogue.Themes;

/// <summary>A theme of the exchange between cities, e.g. reception of refugees.</summary>
public sealed class Theme
{
    private Theme()
    {
    }

    public Theme(string id, LocalizedText names)
    {
        Id = id;
        Names = names;
    }

    public string Id { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public string ResourceName => $"themes/{Id}";
}
