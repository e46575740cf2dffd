using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Contracts.Knowledge.V1;
using Mc2cm.Testing;

namespace Mc2cm.Gateway.Tests.Overview;

/// <summary>A city at a glance through the gateway, on gRPC and REST, as the caller may see it.</summary>
[Collection(nameof(OverviewCollection))]
public sealed class CityOverviewTests(OverviewApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Tunis_over_grpc_has_every_part_with_its_seeded_facts()
    {
        using var anonymous = app.Caller();

        var overview = await anonymous.GetAsync("tunis");

        Assert.Equal("cities/tunis", overview.City);
        Assert.All(Statuses(overview), s => Assert.Equal((Code.Ok, ""), (s.Code, s.Message)));
        Assert.Equal(638_845, overview.CityDetails.City.Population.Value);
        Assert.Equal(("profiles/tunis", 1, 0), (overview.Profile.Profile, overview.Profile.PublishedRevision, overview.Profile.OpenRevision));
        Assert.NotNull(overview.Profile.PublishTime);
        Assert.Contains(overview.KeyFigures.Figures, f => f.Indicator == "indicators/population-total" && f.Cell.Value == 638_845);
        Assert.Equal(["meetings/tunis-2018"], overview.HostedMeetings.Meetings.Select(m => m.Name));
        Assert.Equal((1, false), (overview.HostedMeetings.TotalSize, overview.HostedMeetings.Truncated));
        Assert.Equal([app.AdoptedPriority.Name], overview.Priorities.Priorities.Select(p => p.Name)); // anonymous: not the proposed one
        Assert.Empty(overview.FundedActions.Actions);
    }

    [Fact]
    public async Task Rest_serves_the_same_overview_at_the_citys_path_beside_the_proxied_city()
    {
        using var anonymous = app.Caller();

        var overview = await anonymous.GetJsonAsync("tunis", "?lang=fr");
        using var city = await anonymous.Rest.GetAsync("/api/v1/cities/tunis", Ct); // still Cities', through the proxy

        Assert.Equal("cities/tunis", overview.GetProperty("city").GetString());
        // An OK status is {}: proto3 JSON leaves out the zero code.
        Assert.Equal("{}", overview.GetProperty("hostedMeetings").GetProperty("status").GetRawText());
        Assert.Equal("Tunis", overview.GetProperty("cityDetails").GetProperty("city").GetProperty("displayName").GetProperty("en").GetString());
        Assert.Equal(1, overview.GetProperty("profile").GetProperty("publishedRevision").GetInt32());
        var meeting = overview.GetProperty("hostedMeetings").GetProperty("meetings")[0];
        Assert.Equal(("meetings/tunis-2018", "fr"), (meeting.GetProperty("name").GetString(), meeting.GetProperty("displayName").GetProperty("language").GetString()));
        Assert.Equal(HttpStatusCode.OK, city.StatusCode);
        Assert.Equal("cities/tunis", (await city.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task Each_service_sees_the_callers_token_and_shows_what_the_caller_may_see()
    {
        using var focalPoint = app.Caller(SharedIssuer.TunisFocalPoint);
        using var coordinator = app.Caller(SharedIssuer.Coordinator);

        var tunis = await focalPoint.GetAsync("tunis");
        var turin = await coordinator.GetAsync("turin");

        // Action shows Tunis's people its proposed priority too.
        Assert.Equal([app.AdoptedPriority.Name, app.ProposedPriority.Name], tunis.Priorities.Priorities.Select(p => p.Name));
        // Knowledge shows a coordinator Turin's draft, which the public does not see.
        Assert.Equal((0, 1, ProfileState.Draft), (turin.Profile.PublishedRevision, turin.Profile.OpenRevision, turin.Profile.OpenRevisionState));
    }

    [Fact]
    public async Task Tangier_shows_its_funded_action_and_its_meetings_latest_first()
    {
        using var anonymous = app.Caller();

        var overview = await anonymous.GetAsync("tangier");

        Assert.Equal(["actions/tanger-accueil"], overview.FundedActions.Actions.Select(a => a.Name));
        Assert.Equal(["meetings/tangier-2016-conference", "meetings/tangier-2016"], overview.HostedMeetings.Meetings.Select(m => m.Name));
        Assert.Equal((0, 0), (overview.Profile.PublishedRevision, overview.Profile.OpenRevision)); // only a draft, which the public does not see
    }

    [Fact]
    public async Task An_unknown_city_is_not_found_on_both_faces()
    {
        using var anonymous = app.Caller();

        var grpc = await Assert.ThrowsAsync<RpcException>(() => anonymous.GetAsync("atlantis"));
        using var json = await anonymous.Rest.GetAsync("/api/v1/cities/atlantis/overview", Ct);

        Assert.Equal(StatusCode.NotFound, grpc.StatusCode);
        Assert.Equal("cities/atlantis", grpc.GetRpcStatus()!.GetDetail<ResourceInfo>().ResourceName);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(5, (await json.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Bad_input_is_refused_before_any_service_is_asked()
    {
        using var anonymous = app.Caller();

        var grpc = await Assert.ThrowsAsync<RpcException>(() =>
            anonymous.Grpc.GetCityOverviewAsync(new GetCityOverviewRequest { Name = "tunis", Language = "de" }, cancellationToken: Ct).ResponseAsync);
        using var json = await anonymous.Rest.GetAsync("/api/v1/cities/tunis/overview?lang=de", Ct);

        Assert.Equal(StatusCode.InvalidArgument, grpc.StatusCode);
        Assert.Equal(["name", "language"], grpc.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field));
        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
    }

    [Fact]
    public async Task A_token_that_is_sent_must_be_valid()
    {
        using var anonymous = app.Caller();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/cities/tunis/overview");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");

        using var response = await anonymous.Rest.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    internal static IEnumerable<PartStatus> Statuses(CityOverview overview) =>
    [
        overview.CityDetails.Status, overview.Profile.Status, overview.KeyFigures.Status, overview.HostedMeetings.Status,
        overview.Priorities.Status, overview.FundedActions.Status,
    ];
}
