using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Domain.Errors;

namespace Mc2cm.CityDirectory;

/// <summary>
/// Asks Cities (over gRPC, so the answer is current) whether a city exists and is a member of
/// the network: an unknown city is NotFound, a non-member FailedPrecondition, and Cities being
/// unreachable is Unavailable for the caller too.
/// </summary>
public sealed class CityMembership(CitiesService.CitiesServiceClient cities)
{
    /// <summary>The city, when it is a member now.</summary>
    public Task<City> EnsureMemberAsync(string cityId, CancellationToken cancellationToken) =>
        EnsureMemberAsync(cityId, null, cancellationToken);

    /// <summary>The city, when it is a member on every day of <paramref name="period"/> (or now, without one).</summary>
    public async Task<City> EnsureMemberAsync(string cityId, (DateOnly From, DateOnly To)? period, CancellationToken cancellationToken)
    {
        var city = await GetAsync(cityId, cancellationToken);
        var member = period is { } p
            ? IsMemberThroughout(city, p.From, p.To)
            : city.MembershipStatus == MembershipStatus.Member;
        if (!member)
        {
            var when = period is { } q ? $" from {q.From:yyyy-MM-dd} to {q.To:yyyy-MM-dd}" : " now";
            throw new FailedPreconditionException("MEMBERSHIP", city.Name, $"{city.Name} is not a member of the network{when}.");
        }

        return city;
    }

    public async Task<City> GetAsync(string cityId, CancellationToken cancellationToken)
    {
        try
        {
            return (await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{cityId}" }, cancellationToken: cancellationToken)).City;
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.NotFound)
        {
            throw new NotFoundException("City", $"cities/{cityId}");
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Cities service cannot be reached to check the city; try again shortly."));
        }
    }

    /// <summary>Whether one of <paramref name="city"/>'s memberships covers every day from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsMemberThroughout(City city, DateOnly from, DateOnly to) =>
        city.Memberships.Any(m => Covers(m, from, to));

    private static bool Covers(Membership membership, DateOnly from, DateOnly to)
    {
        var joined = new DateOnly(membership.JoinedOn.Year, membership.JoinedOn.Month, membership.JoinedOn.Day);
        var left = membership.LeftOn is { Year: > 0 } l ? new DateOnly(l.Year, l.Month, l.Day) : DateOnly.MaxValue;
        return joined <= from && to <= left;
    }
}
