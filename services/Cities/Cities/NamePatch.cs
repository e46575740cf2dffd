using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Domain.Validation;

namespace Mc2cm.Cities.Cities;

/// <summary>The language versions of a name an update replaces; null leaves a version as is.</summary>
public sealed record NamePatch(string? En, string? Fr, string? Ar)
{
    public static NamePatch All(LocalizedText names) => new(names.En, names.Fr, names.Ar);

    /// <summary>
    /// The versions an update mask names: "display_name" (all three, English required) or
    /// "display_name.en/.fr/.ar" one by one; null when it names none. <paramref name="field"/> is
    /// the name's field path, e.g. "city.display_name".
    /// </summary>
    public static NamePatch? Read(FieldViolations violations, string field, Contracts.Common.V1.LocalizedText? names, IReadOnlySet<string> paths, int maxLength)
    {
        if (paths.Contains("display_name"))
        {
            return All(violations.ReadLocalizedText(field, names, maxLength));
        }

        names ??= new Contracts.Common.V1.LocalizedText();
        var en = paths.Contains("display_name.en") ? names.En : null;
        var fr = paths.Contains("display_name.fr") ? names.Fr : null;
        var ar = paths.Contains("display_name.ar") ? names.Ar : null;
        if (en is not null) violations.RequiredText($"{field}.en", en, maxLength);
        if (fr is not null) violations.OptionalText($"{field}.fr", fr, maxLength);
        if (ar is not null) violations.OptionalText($"{field}.ar", ar, maxLength);
        return en is null && fr is null && ar is null ? null : new NamePatch(en, fr, ar);
    }

    public LocalizedText ApplyTo(LocalizedText current) => new(En ?? current.En, Fr ?? current.Fr, Ar ?? current.Ar);
}
