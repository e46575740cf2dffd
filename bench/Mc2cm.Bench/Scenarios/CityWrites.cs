using System.Net.Http.Json;
using System.Text.Json;
using Grpc.Core;
using Mc2cm.Contracts.Cities.V1;
using Mc2cm.Contracts.Common.V1;

namespace Mc2cm.Bench.Scenarios;

/// <summary>
/// Writes the bench makes: new cities (CreateCity, coordinator only), each of which emits
/// CityRegistered through Cities' outbox. Called on the service directly, with a coordinator's
/// token from the run's dev issuer.
/// </summary>
public sealed class CityWrites(CitiesService.CitiesServiceClient client, string token)
{
    private readonly Metadata _headers = new() { { "authorization", $"Bearer {token}" } };

    public async Task CreateAsync(string cityId, CancellationToken cancellationToken) =>
        await client.CreateCityAsync(new CreateCityRequest
        {
            CityId = cityId,
            City = new City
            {
                DisplayName = new LocalizedText { En = $"Bench city {cityId}", Fr = $"Ville de test {cityId}" },
                CountryCode = "TN",
                Region = Region.NorthAfrica,
            },
        }, _headers, cancellationToken: cancellationToken);

    /// <summary>A coordinator's access token from the dev issuer (client credentials, as eng/dev-token.sh does).</summary>
    public static async Task<string> CoordinatorTokenAsync(Uri issuer, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = issuer };
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "coordinator", ["client_secret"] = "dev-secret",
        });
        using var response = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), form, cancellationToken);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return body.GetProperty("access_token").GetString() ?? throw new InvalidOperationException("The issuer sent no access token.");
    }
}
