using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Web.Gateway;

/// <summary>
/// Cities' names by id ("tunis" → Tunis / تونس), for the header of every signed-in page: kept ten
/// minutes in memory, so a page does not ask the gateway for the names of the person's cities each
/// time. A city the gateway cannot name now (down, unknown) shows its id.
/// </summary>
public sealed class CityNames(TimeProvider clock)
{
    private static readonly TimeSpan Kept = TimeSpan.FromMinutes(10);
    private readonly Dictionary<string, (LocalizedText Name, DateTimeOffset Until)> _names = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public async Task<LocalizedText> NameOfAsync(string cityId, CitiesService.CitiesServiceClient cities, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_names.TryGetValue(cityId, out var known) && known.Until > clock.GetUtcNow())
            {
                return known.Name;
            }
        }

        try
        {
            var city = await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{cityId}" }, cancellationToken: cancellationToken);
            lock (_lock)
            {
                _names[cityId] = (city.City.DisplayName, clock.GetUtcNow() + Kept);
            }

            return city.City.DisplayName;
        }
        catch (RpcException)
        {
            return new LocalizedText { En = cityId, Fr = cityId, Ar = cityId };
        }
    }
}
