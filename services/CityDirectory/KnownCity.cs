using Mc2cm.BuildingBlocks.Localization;
using System.Globalization;
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
        // A placeholder (made by a later event that came first) still lacks the facts: fill them in.
        if (CountryCode.Length > 0)
        {
            return;
        }

        Names = new LocalizedText(registered.Names.En, registered.Names.Fr, registered.Names.Ar);
        CountryCode = registered.CountryCode;
        Region = registered.Region;
        SourceVersion = Math.Max(SourceVersion, 1);
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

    /// <summary>Takes a snapshot from Cities (GetCity/ListCities) when it is newer than what is held.</summary>
    public void Apply(Contracts.Cities.V1.City city, DateTimeOffset at)
    {
        var version = ETagVersion(city.Etag);
        if (version < SourceVersion)
        {
            return;
        }

        Names = new LocalizedText(city.DisplayName.En, city.DisplayName.Fr, city.DisplayName.Ar);
        CountryCode = city.CountryCode;
        Region = city.Region switch
        {
            Contracts.Cities.V1.Region.Europe => "europe",
            Contracts.Cities.V1.Region.NorthAfrica => "north-africa",
            Contracts.Cities.V1.Region.MiddleEast => "middle-east",
            _ => Region,
        };
        IsMember = city.MembershipStatus == Contracts.Cities.V1.MembershipStatus.Member;
        SourceVersion = version;
        UpdatedAt = at;
    }

    /// <summary>Takes a membership change unless the copy already holds a newer version of the city.</summary>
    public void SetMembership(bool isMember, long version, DateTimeOffset at)
    {
        if (version <= SourceVersion)
        {
            return;
        }

        IsMember = isMember;
        SourceVersion = version;
        UpdatedAt = at;
    }

    /// <summary>The version number in an etag such as W/"7" (0 when it is not one).</summary>
    private static long ETagVersion(string etag) =>
        long.TryParse(etag.Replace("W/", string.Empty, StringComparison.Ordinal).Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;
}
