using Mc2cm.BuildingBlocks.Localization;

namespace Mc2cm.Cities.Cities;

/// <summary>The language versions of a name an update replaces; null leaves a version as is.</summary>
public sealed record NamePatch(string? En, string? Fr, string? Ar)
{
    public static NamePatch All(LocalizedText names) => new(names.En, names.Fr, names.Ar);

    public LocalizedText ApplyTo(LocalizedText current) => new(En ?? current.En, Fr ?? current.Fr, Ar ?? current.Ar);
}
