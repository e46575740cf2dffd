using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Mc2cm.Cities.Tests.Integration;

/// <summary>The REST/JSON face (gRPC JSON transcoding) on the HTTP/1.1 endpoint.</summary>
public sealed class RestFaceTests(CitiesApp app) : IClassFixture<CitiesApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Ct))!;

    [Fact]
    public async Task Get_cities_filters_by_phase()
    {
        using var response = await app.Rest.GetAsync("/api/v1/cities?phase=phases/phase-1&pageSize=100", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = (await ReadAsync(response)).GetProperty("cities").EnumerateArray().Select(c => c.GetProperty("name").GetString());
        Assert.Equal(9, names.Count());
        Assert.Contains("cities/lisbon", names);
    }

    [Fact]
    public async Task Post_creates_and_get_returns_the_city_itself()
    {
        var id = CityRequests.NewId();
        using var created = await app.Rest.PostAsync($"/api/v1/cities?cityId={id}",
            Json("""{"displayName":{"en":"Oran","fr":"Oran","ar":"وهران"},"countryCode":"DZ","region":"REGION_NORTH_AFRICA"}"""), Ct);
        using var read = await app.Rest.GetAsync($"/api/v1/cities/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var city = await ReadAsync(read);
        Assert.Equal($"cities/{id}", city.GetProperty("name").GetString());
        Assert.Equal("REGION_NORTH_AFRICA", city.GetProperty("region").GetString());
    }

    [Fact]
    public async Task Names_typed_with_combining_marks_are_stored_and_returned_in_nfc()
    {
        var id = CityRequests.NewId();
        // "Séville" with its accent typed as U+0301; Arabic with a fatha after the shadda, which NFC puts before it.
        using var created = await app.Rest.PostAsync($"/api/v1/cities?cityId={id}",
            Json("""{"displayName":{"en":"Seville","fr":"Se\u0301ville","ar":"عم\u0651\u064Eان"},"countryCode":"ES","region":"REGION_EUROPE"}"""), Ct);
        using var read = await app.Rest.GetAsync($"/api/v1/cities/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var names = (await ReadAsync(read)).GetProperty("displayName");
        Assert.Equal("Séville", names.GetProperty("fr").GetString());
        Assert.Equal("عم\u064E\u0651ان", names.GetProperty("ar").GetString());
        var stored = await app.QueryAsync(db => db.Cities.SingleAsync(c => c.Id == id, Ct));
        Assert.Equal(("Séville", "عم\u064E\u0651ان"), (stored.Names.Fr, stored.Names.Ar));
    }

    [Fact]
    public async Task Bad_input_gets_400_naming_each_field_and_stores_nothing()
    {
        var before = await app.QueryAsync(db => db.Cities.CountAsync(Ct));

        using var response = await app.Rest.PostAsync($"/api/v1/cities?cityId={CityRequests.NewId()}",
            Json("""{"displayName":{"en":"Oran"},"countryCode":"Algeria"}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = await ReadAsync(response);
        Assert.Equal(3, error.GetProperty("code").GetInt32());
        var fields = error.GetProperty("details")[0].GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString());
        Assert.Equal(["city.country_code", "city.region"], fields);
        Assert.Equal(before, await app.QueryAsync(db => db.Cities.CountAsync(Ct)));
    }

    [Theory]
    [InlineData("""{"displayName":{"en":"Oran"},""")]
    [InlineData("""{"displayName":{"en":"Oran"},"region":"REGION_ATLANTIS"}""")]
    [InlineData("""{"displayName":{"en":"Oran"},"noSuchField":1}""")]
    public async Task Malformed_json_gets_400(string body)
    {
        using var response = await app.Rest.PostAsync($"/api/v1/cities?cityId={CityRequests.NewId()}", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_city_gets_404_and_a_stale_patch_gets_409()
    {
        var id = CityRequests.NewId();
        await app.Cities.CreateCityAsync(CityRequests.Create(id), cancellationToken: Ct);

        using var missing = await app.Rest.GetAsync("/api/v1/cities/atlantis", Ct);
        using var stale = await app.Rest.PatchAsync($"/api/v1/cities/{id}?updateMask=region",
            Json("""{"region":"REGION_EUROPE","etag":"W/\"7\""}"""), Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(10, (await ReadAsync(stale)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task A_patch_names_its_fields_in_camel_case_as_json_clients_write_them()
    {
        var id = CityRequests.NewId();
        var created = (await app.Cities.CreateCityAsync(CityRequests.Create(id), cancellationToken: Ct)).City;

        using var patched = await app.Rest.PatchAsync($"/api/v1/cities/{id}?updateMask=displayName.fr",
            Json($$"""{"displayName":{"fr":"Sousse (Soussa)"},"etag":{{System.Text.Json.JsonSerializer.Serialize(created.Etag)}}}"""), Ct);

        var city = await ReadAsync(patched);
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Sousse (Soussa)", city.GetProperty("displayName").GetProperty("fr").GetString());
        Assert.Equal(created.DisplayName.En, city.GetProperty("displayName").GetProperty("en").GetString());
    }

    [Fact]
    public async Task Join_and_leave_are_custom_methods()
    {
        var id = CityRequests.NewId();
        await app.Cities.CreateCityAsync(CityRequests.Create(id), cancellationToken: Ct);

        using var joined = await app.Rest.PostAsync($"/api/v1/cities/{id}:join",
            Json("""{"phase":"phases/phase-2","joinedOn":{"year":2018,"month":7,"day":1}}"""), Ct);
        using var left = await app.Rest.PostAsync($"/api/v1/cities/{id}:leave",
            Json("""{"leftOn":{"year":2019,"month":6,"day":30}}"""), Ct);

        Assert.Equal("MEMBERSHIP_STATUS_MEMBER", (await ReadAsync(joined)).GetProperty("membershipStatus").GetString());
        Assert.Equal("MEMBERSHIP_STATUS_FORMER_MEMBER", (await ReadAsync(left)).GetProperty("membershipStatus").GetString());
    }

    [Fact]
    public async Task Partners_phases_and_summary_describe_the_programme()
    {
        var partners = await ReadAsync(await app.Rest.GetAsync("/api/v1/partners", Ct));
        var phases = await ReadAsync(await app.Rest.GetAsync("/api/v1/phases", Ct));
        var summary = await ReadAsync(await app.Rest.GetAsync("/api/v1/network:summary", Ct));

        var lead = partners.GetProperty("partners")[0];
        Assert.Equal(("partners/icmpd", "PARTNER_ROLE_LEAD"), (lead.GetProperty("name").GetString(), lead.GetProperty("role").GetString()));
        var phaseTwo = phases.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "phases/phase-2");
        Assert.Equal(("EUR", "6075000"), (phaseTwo.GetProperty("totalBudget").GetProperty("currencyCode").GetString(),
            phaseTwo.GetProperty("totalBudget").GetProperty("units").GetString()));
        Assert.True(summary.GetProperty("cityCount").GetInt32() >= 20);
        var phaseOne = summary.GetProperty("phases").EnumerateArray().Single(p => p.GetProperty("phase").GetString() == "phases/phase-1");
        Assert.Equal(9, phaseOne.GetProperty("cityCount").GetInt32());
    }

    [Fact]
    public async Task Phases_are_created_and_patched_on_rest_and_an_overlap_gets_400_naming_the_date()
    {
        var id = CityRequests.NewId("phase");
        using var created = await app.Rest.PostAsync($"/api/v1/phases?phaseId={id}",
            Json("""{"displayName":{"en":"Pilot","fr":"Pilote","ar":"تجريبية"},"startDate":{"year":2007,"month":1,"day":1},"endDate":{"year":2007,"month":12,"day":31}}"""), Ct);
        var etag = (await ReadAsync(created)).GetProperty("etag").GetString();
        using var patched = await app.Rest.PatchAsync($"/api/v1/phases/{id}?updateMask=endDate",
            Json($$"""{"endDate":{"year":2008,"month":6,"day":30},"etag":{{JsonSerializer.Serialize(etag)}}}"""), Ct);
        using var overlapping = await app.Rest.PostAsync($"/api/v1/phases?phaseId={CityRequests.NewId("phase")}",
            Json("""{"displayName":{"en":"Overlap"},"startDate":{"year":2008,"month":1,"day":1}}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal((HttpStatusCode.OK, 2008), (patched.StatusCode, (await ReadAsync(patched)).GetProperty("endDate").GetProperty("year").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, overlapping.StatusCode);
        var violation = (await ReadAsync(overlapping)).GetProperty("details")[0].GetProperty("fieldViolations")[0];
        Assert.Equal(("phase.start_date", "OVERLAPS"), (violation.GetProperty("field").GetString(), violation.GetProperty("reason").GetString()));
    }
}
