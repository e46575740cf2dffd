using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.ServiceDefaults.Security;

namespace Mc2cm.Gateway.Overview;

/// <summary>
/// The city part, from Cities. Cities already leaves out what the caller may not see (the call
/// carries the caller's token); the gateway applies the same rule once more, so that a Cities
/// that forgot it, or a token that did not arrive, still shows no one else's personal data.
/// </summary>
public sealed class CityDetailsReader(CitiesService.CitiesServiceClient cities, PartReader parts)
{
    public Task<CityPart> ReadAsync(string cityId, DownstreamCall call) =>
        parts.ReadAsync("Cities", async () => new CityPart
        {
            Status = PartStatuses.Ok,
            City = (await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{cityId}" }, call.Options)).City.WithPersonalDataFor(call.Caller, cityId),
        }, status => new CityPart { Status = status });
}
