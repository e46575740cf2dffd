using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;

namespace Mc2cm.Cities.Network;

/// <summary>
/// An organisation that runs or funds MC2CM. Kept by the coordinators; no other service reads
/// partners, so a change raises no integration event; the version is its etag.
/// </summary>
public sealed class Partner : Aggregate
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

    /// <summary>How a partner is found by its id ("partners/{id}").</summary>
    public static ResourceKind<Partner> Resource { get; } = new("Partner", "partners", id => p => p.Id == id);

    public override string ResourceName => $"partners/{Id}";

    public void Update(PartnerChanges changes)
    {
        Acronym = changes.Acronym ?? Acronym;
        Names = changes.Names?.ApplyTo(Names) ?? Names;
        Role = changes.Role ?? Role;
        Contribution = changes.Contribution ?? Contribution;
        Changed();
    }
}

public enum PartnerRole
{
    Lead = 1,
    Partner = 2,
    Funder = 3,
}
