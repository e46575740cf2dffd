using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mc2cm.Contracts.Events.Knowledge;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;

namespace Mc2cm.EndToEnd.Tests;

/// <summary>Issue 3's "done when", through the gateway of the running suite.</summary>
[Collection(nameof(SuiteCollection))]
public sealed class KnowledgeThroughTheGatewayTests(SuiteFixture suite)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Lisbon_reads_in_french_the_phase_one_cities_compare_with_gaps_and_the_csv_downloads()
    {
        using var rest = suite.GatewayRest();
        using var channel = suite.GatewayGrpc();

        var lisbon = await rest.GetFromJsonAsync<JsonElement>("/api/v1/profiles/lisbon?lang=fr", Ct);
        var comparison = await new IndicatorsService.IndicatorsServiceClient(channel).CompareIndicatorAsync(new CompareIndicatorRequest
        {
            Name = "indicators/population-total", Cities = { "amman,beirut,lisbon,lyon,madrid,tangier,tunis,turin,vienna" },
        }, cancellationToken: Ct);
        using var csvRequest = new HttpRequestMessage(HttpMethod.Get, "/api/v1/indicators/population-total:compare?cities=tunis,lisbon");
        csvRequest.Headers.Accept.ParseAdd("text/csv");
        using var csv = await rest.SendAsync(csvRequest, Ct);

        var synopsis = lisbon.GetProperty("revision").GetProperty("content").GetProperty("synopsis");
        Assert.Equal("fr", synopsis.GetProperty("language").GetString());
        Assert.StartsWith("Les migrants de Lisbonne", synopsis.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(9, comparison.Rows.Count);
        Assert.Equal(CellStatus.Value, comparison.Rows.Single(r => r.City == "cities/tunis").Cell.Status);
        // The seed cites a population figure for every phase I city.
        Assert.DoesNotContain(comparison.Rows, r => r.Cell.Status == CellStatus.NotReported);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("cities/tunis,Tunis,value,2014,638845", await csv.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_city_gets_a_draft_which_is_published_and_ProfilePublished_goes_out()
    {
        using var rest = suite.GatewayRest();
        await using var events = await EventQueue.BindAsync(await suite.BrokerConnectionStringAsync(), typeof(ProfilePublished), Ct);
        var city = $"e2e-{Guid.NewGuid():N}"[..20];

        using var created = await rest.PostAsync($"/api/v1/cities?cityId={city}", Json("""{"displayName":{"en":"Nador"},"countryCode":"MA","region":"REGION_NORTH_AFRICA"}"""), Ct);
        using var joined = await rest.PostAsync($"/api/v1/cities/{city}:join", Json("""{"phase":"phases/phase-2","joinedOn":{"year":2020,"month":1,"day":1}}"""), Ct);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (created.StatusCode, joined.StatusCode));

        JsonElement draft = default;
        await Poll.UntilAsync(async () =>
        {
            using var response = await rest.GetAsync($"/api/v1/profiles/{city}?revision=1", Ct);
            if (response.StatusCode != HttpStatusCode.OK) return false;
            draft = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            return true;
        }, TimeSpan.FromSeconds(30), "Knowledge to start the new city's draft", Ct);
        var etag = draft.GetProperty("etag").GetString();

        var edit = new { content = new { synopsis = new { en = "A city of the eastern Rif." }, priorities = new[] { new { text = new { en = "Access to health" } } } }, etag };
        using var edited = await rest.PatchAsync($"/api/v1/profiles/{city}", JsonContent.Create(edit), Ct);
        etag = (await edited.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("etag").GetString();
        using var submitted = await rest.PostAsync($"/api/v1/profiles/{city}:submit", JsonContent.Create(new { etag }), Ct);
        etag = (await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("etag").GetString();
        using var published = await rest.PostAsync($"/api/v1/profiles/{city}:publish", JsonContent.Create(new { etag }), Ct);
        using var republish = await rest.PostAsync($"/api/v1/profiles/{city}:publish", JsonContent.Create(new { etag }), Ct);

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, republish.StatusCode);
        await Poll.UntilAsync(async () => (await events.DrainAsync(Ct)).Any(e => e.Text("cityId") == city), TimeSpan.FromSeconds(30), "ProfilePublished", Ct);
        Assert.Equal("priority-1", events.Received.Single(e => e.Text("cityId") == city).Message.GetProperty("priorities")[0].GetProperty("id").GetString());
        var history = await rest.GetFromJsonAsync<JsonElement>($"/api/v1/profiles/{city}/history", Ct);
        Assert.Equal(["PROFILE_ACTION_CREATED", "PROFILE_ACTION_EDITED", "PROFILE_ACTION_SUBMITTED", "PROFILE_ACTION_PUBLISHED"],
            history.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }
}
