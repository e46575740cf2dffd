using System.Net.Http.Json;
using System.Text.Json;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>Issue 6's city overview, composed by the gateway of the running suite from the four services it finds as the AppHost tells it.</summary>
[Collection(nameof(SuiteCollection))]
public sealed class OverviewThroughTheGatewayTests(SuiteFixture suite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tunis_at_a_glance_has_every_part_on_rest_and_grpc()
    {
        using var rest = suite.GatewayRest(user: null);
        using var channel = suite.GatewayGrpc(SharedIssuer.TunisFocalPoint);

        var json = await rest.GetFromJsonAsync<JsonElement>("/api/v1/cities/tunis/overview", Ct);
        var grpc = (await new OverviewService.OverviewServiceClient(channel)
            .GetCityOverviewAsync(new GetCityOverviewRequest { Name = "cities/tunis" }, cancellationToken: Ct)).Overview;

        foreach (var part in new[] { "cityDetails", "profile", "keyFigures", "hostedMeetings", "priorities", "fundedActions" })
        {
            Assert.True(json.GetProperty(part).GetProperty("status").GetRawText() == "{}", $"{part}: {json.GetProperty(part).GetProperty("status")}");
        }

        Assert.Equal("cities/tunis", json.GetProperty("cityDetails").GetProperty("city").GetProperty("name").GetString());
        Assert.Contains("meetings/tunis-2018", json.GetProperty("hostedMeetings").GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(Google.Rpc.Code.Ok, grpc.Profile.Status.Code);
        Assert.True(grpc.Profile.PublishedRevision >= 1);
        Assert.Contains(grpc.KeyFigures.Figures, f => f.Indicator == "indicators/population-total");
    }
}
