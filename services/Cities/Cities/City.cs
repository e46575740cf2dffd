using Mc2cm.BuildingBlocks.Localization;
using Mc2cm.BuildingBlocks.Persistence;
using Mc2cm.Cities.Network;
using Mc2cm.Contracts.Events.Cities;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Cities.Cities;

/// <summary>
/// A city of the network. Its rules: at most one current membership; a membership starts within
/// its phase's dates; it ends on or after its start and not in the future. Every change bumps
/// the version (the etag) and raises the matching event.
/// </summary>
public sealed class City : Aggregate
{
    private readonly List<Membership> _memberships = [];
    private readonly List<FocalPoint> _focalPoints = [];

    private City()
    {
    }

    public string Id { get; private set; } = string.Empty;

    public LocalizedText Names { get; private set; } = LocalizedText.Empty;

    /// <summary>ISO 3166-1 alpha-2, upper case.</summary>
    public string CountryCode { get; private set; } = string.Empty;

    public Region Region { get; private set; }

    public Population? Population { get; private set; }

    /// <summary>The city's centre, for maps; not part of the events (no other service needs it).</summary>
    public GeoPoint? Location { get; private set; }

    public IReadOnlyList<FocalPoint> FocalPoints => _focalPoints;

    public IReadOnlyList<Membership> Memberships => _memberships;

    /// <summary>The names folded for accent- and case-insensitive search; kept in step with <see cref="Names"/>.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>How a city is found by its id ("cities/{id}").</summary>
    public static ResourceKind<City> Resource { get; } = new("City", "cities", id => c => c.Id == id);

    public override string ResourceName => $"cities/{Id}";

    public Membership? CurrentMembership => _memberships.FirstOrDefault(m => m.IsCurrent);

    public MembershipStatus Status =>
        CurrentMembership is not null ? MembershipStatus.Member
        : _memberships.Count > 0 ? MembershipStatus.FormerMember
        : MembershipStatus.NotMember;

    public static City Register(
        string id, LocalizedText names, string countryCode, Region region,
        Population? population, IEnumerable<FocalPoint> focalPoints, DateTimeOffset now, GeoPoint? location = null)
    {
        var city = new City
        {
            Id = id,
            Names = names,
            SearchText = names.SearchText,
            CountryCode = countryCode,
            Region = region,
            Population = population,
            Location = location,
            CreatedAt = now,
            UpdatedAt = now,
        };
        city._focalPoints.AddRange(focalPoints);
        city.Raise(new CityRegistered(id, city.EventNames, countryCode, region.ToEventName(), now));
        return city;
    }

    /// <summary>Applies the changes that are set; raises CityUpdated when a public fact changed.</summary>
    public void Update(CityChanges changes, DateTimeOffset now)
    {
        var before = (Names, CountryCode, Region, Population);
        Names = changes.Names?.ApplyTo(Names) ?? Names;
        SearchText = Names.SearchText;
        CountryCode = changes.CountryCode ?? CountryCode;
        Region = changes.Region ?? Region;
        Population = changes.ClearPopulation ? null : changes.Population ?? Population;
        Location = changes.ClearLocation ? null : changes.Location ?? Location;
        if (changes.FocalPoints is { } focalPoints)
        {
            _focalPoints.Clear();
            _focalPoints.AddRange(focalPoints);
        }

        UpdatedAt = now;
        var version = Changed();
        if (before != (Names, CountryCode, Region, Population))
        {
            Raise(new CityUpdated(Id, EventNames, CountryCode, Region.ToEventName(), version, now));
        }
    }

    public void JoinNetwork(Phase phase, DateOnly joinedOn, DateTimeOffset now)
    {
        if (CurrentMembership is { } current)
        {
            throw new FailedPreconditionException("MEMBERSHIP", ResourceName,
                $"{ResourceName} is already a member (phases/{current.PhaseId}, since {current.JoinedOn:yyyy-MM-dd}); it must leave before joining again.");
        }

        if (_memberships.Find(m => m.LeftOn >= joinedOn) is { } earlier)
        {
            throw new FailedPreconditionException("MEMBERSHIP", ResourceName,
                $"{ResourceName} was a member until {earlier.LeftOn:yyyy-MM-dd}; a new membership must start after that.");
        }

        _memberships.Add(new Membership(phase.Id, joinedOn));
        UpdatedAt = now;
        var version = Changed();
        Raise(new CityJoinedNetwork(Id, phase.Id, joinedOn, version, now));
    }

    public void LeaveNetwork(DateOnly leftOn, DateTimeOffset now)
    {
        var current = CurrentMembership ?? throw new FailedPreconditionException("MEMBERSHIP", ResourceName,
            $"{ResourceName} is not a member of the network, so it cannot leave it.");
        if (leftOn < current.JoinedOn)
        {
            throw new FailedPreconditionException("MEMBERSHIP", ResourceName,
                $"left_on {leftOn:yyyy-MM-dd} is before the membership began ({current.JoinedOn:yyyy-MM-dd}).");
        }

        current.End(leftOn);
        UpdatedAt = now;
        var version = Changed();
        Raise(new CityLeftNetwork(Id, current.PhaseId, leftOn, version, now));
    }

    private Contracts.Events.Cities.CityNames EventNames => new(Names.En, Names.Fr, Names.Ar);
}
