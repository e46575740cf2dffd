using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>The city part, from Cities.</summary>
public sealed class CityDetailsReader(CitiesService.CitiesServiceClient cities, PartReader parts)
{
    public Task<CityPart> ReadAsync(string cityId, DownstreamCall call) =>
        parts.ReadAsync("Cities", async () => new CityPart
        {
            Status = PartStatuses.Ok,
            City = (await cities.GetCityAsync(new GetCityRequest { Name = $"cities/{cityId}" }, call.Options)).City,
        }, status => new CityPart { Status = status });
}
