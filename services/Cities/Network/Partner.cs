using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Cities.Network;

/// <summary>An organisation that runs or funds MC2CM.</summary>
public sealed class Partner
{
    private Partner()
    {
    }

    public Partner(string id, string acronym, LocalizedText names, PartnerRole role, string contribution)
    {
        Id = id;
        Acronym = acronym;
        Names = names;
        Role = role;
        Contribution = contribution;
    }

    public string Id { get; private set; } = string.Empty;

    public string Acronym { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public PartnerRole Role { get; private set; }

    public string Contribution { get; private set; } = string.Empty;
}

public enum PartnerRole
{
    Lead = 1,
    Partner = 2,
    Funder = 3,
}
