using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.Contracts.Events.Cities;

namespace Mc2cm.CityDirectory;

/// <summary>
/// A service's own copy of a city's public facts, kept current from Cities' events, so it can
/// show city names and filter by country or region without calling Cities.
/// </summary>
public sealed class KnownCity
{
    private KnownCity()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    public string CountryCode { get; private set; } = string.Empty;

    /// <summary>"europe", "north-africa" or "middle-east".</summary>
    public string Region { get; private set; } = string.Empty;

    public bool IsMember { get; private set; }

    /// <summary>The Cities version of the facts held; an older CityUpdated is ignored.</summary>
    public long SourceVersion { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static KnownCity From(CityRegistered registered) => new()
    {
        Id = registered.CityId,
        Names = new LocalizedText(registered.Names.En, registered.Names.Fr, registered.Names.Ar),
        CountryCode = registered.CountryCode,
        Region = registered.Region,
        SourceVersion = 1,
        UpdatedAt = registered.OccurredAt,
    };

    /// <summary>A city first heard of through a later event (events of different types may arrive out of order).</summary>
    public static KnownCity Placeholder(string cityId, DateTimeOffset at) => new()
    {
        Id = cityId,
        Names = new LocalizedText(cityId, string.Empty, string.Empty),
        UpdatedAt = at,
    };

    public void Apply(CityRegistered registered)
    {
        if (SourceVersion >= 1)
        {
            return;
        }

        Names = new LocalizedText(registered.Names.En, registered.Names.Fr, registered.Names.Ar);
        CountryCode = registered.CountryCode;
        Region = registered.Region;
        SourceVersion = 1;
        UpdatedAt = registered.OccurredAt;
    }

    public void Apply(CityUpdated updated)
    {
        if (updated.Version <= SourceVersion)
        {
            return;
        }

        Names = new LocalizedText(updated.Names.En, updated.Names.Fr, updated.Names.Ar);
        CountryCode = updated.CountryCode;
        Region = updated.Region;
        SourceVersion = updated.Version;
        UpdatedAt = updated.OccurredAt;
    }

    public void SetMembership(bool isMember, DateTimeOffset at)
    {
        IsMember = isMember;
        UpdatedAt = at;
    }
}
