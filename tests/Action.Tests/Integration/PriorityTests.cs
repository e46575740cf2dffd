using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Microsoft.EntityFrameworkCore;
using EvidenceItem = Mc2cm.Contracts.Action.V1.Evidence;

namespace Mc2cm.Action.Tests.Integration;

/// <summary>Priorities rest on evidence that Knowledge and Dialogue are asked about over HTTP/2.</summary>
[Collection(nameof(ActionCollection))]
public sealed class PriorityTests(ActionApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<RpcException> RefusedAsync<T>(AsyncUnaryCall<T> call) => await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

    private static IEnumerable<string> Fields(RpcException error) => error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);

    private Task<int> PriorityCountAsync() => app.QueryAsync(db => db.Priorities.CountAsync(Ct));

    [Fact]
    public async Task A_priority_with_a_published_finding_and_an_adopted_recommendation_is_proposed_then_adopted()
    {
        var recommendation = await app.RecommendationAsync();
        var created = (await app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "cities/tunis", Text = new() { En = "Open employment services to newcomers", Fr = "Ouvrir les services de l'emploi aux nouveaux arrivants" },
                Theme = "employment-entrepreneurship",
                Evidence =
                {
                    new EvidenceItem { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/1", Section = "local_context" } },
                    new EvidenceItem { Recommendation = recommendation },
                },
            },
        }, cancellationToken: Ct)).Priority;

        Assert.Equal((PriorityState.Proposed, "W/\"1\""), (created.State, created.Etag));
        Assert.StartsWith("priorities/tunis-", created.Name, StringComparison.Ordinal);

        var adopted = (await app.Priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = created.Name, AdoptedOn = Steps.DateOf(new DateOnly(2024, 3, 1)), AdoptedBy = "City Council of Tunis", Etag = created.Etag,
        }, cancellationToken: Ct)).Priority;

        Assert.Equal((PriorityState.Adopted, "City Council of Tunis", 2024), (adopted.State, adopted.AdoptedBy, adopted.AdoptedOn.Year));
        Assert.Equal(created.Evidence, adopted.Evidence);
    }

    [Fact]
    public async Task Evidence_that_the_owners_do_not_know_is_refused_field_by_field_and_nothing_is_stored()
    {
        var before = await PriorityCountAsync();

        var error = await RefusedAsync(app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "cities/tunis", Text = new() { En = "Health care for everyone" },
                Evidence =
                {
                    new EvidenceItem { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/9", Section = "synopsis" } },
                    new EvidenceItem { Profile = new ProfileFinding { Revision = "profiles/lisbon/revisions/1", Section = "synopsis" } },
                    new EvidenceItem { Recommendation = "recommendations/never-adopted" },
                    new EvidenceItem { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/1", Section = "synopsis", PriorityId = "housing" } },
                },
            },
        }, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["priority.evidence[0].profile.revision", "priority.evidence[1].profile.revision", "priority.evidence[2].recommendation", "priority.evidence[3].profile.priority_id"],
            Fields(error));
        Assert.Equal(before, await PriorityCountAsync());
    }

    [Fact]
    public async Task A_finding_of_a_revision_that_is_not_published_is_no_evidence()
    {
        var city = await app.NewCityAsync();
        await app.DraftProfileAsync(city);

        var error = await RefusedAsync(app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = $"cities/{city}", Text = new() { En = "Reception of newcomers" },
                Evidence = { new EvidenceItem { Profile = new ProfileFinding { Revision = $"profiles/{city}/revisions/1", Section = "synopsis" } } },
            },
        }, cancellationToken: Ct));

        var violation = error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Single();
        Assert.Equal("priority.evidence[0].profile.revision", violation.Field);
        Assert.Contains("not published", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_priority_without_evidence_can_be_proposed_but_not_adopted()
    {
        var created = (await app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority { City = "cities/tunis", Text = new() { En = "A one-stop shop for newcomers" } },
        }, cancellationToken: Ct)).Priority;

        var error = await RefusedAsync(app.Priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = created.Name, AdoptedOn = Steps.DateOf(new DateOnly(2024, 3, 1)), AdoptedBy = "City Council of Tunis", Etag = created.Etag,
        }, cancellationToken: Ct));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Equal("PRIORITY_EVIDENCE", error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations.Single().Type);
        var read = (await app.Priorities.GetPriorityAsync(new GetPriorityRequest { Name = created.Name }, cancellationToken: Ct)).Priority;
        Assert.Equal((PriorityState.Proposed, created.Etag), (read.State, read.Etag));
    }

    [Fact]
    public async Task A_stale_adoption_is_refused()
    {
        var created = (await app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "cities/tunis", Text = new() { En = "Data on internal migration" },
                Evidence = { new EvidenceItem { Profile = new ProfileFinding { Revision = "profiles/tunis/revisions/1", Section = "synopsis" } } },
            },
        }, cancellationToken: Ct)).Priority;
        await app.Priorities.UpdatePriorityAsync(new UpdatePriorityRequest
        {
            Priority = new Priority { Name = created.Name, Theme = "internal-migration", Etag = created.Etag }, UpdateMask = Steps.Mask("theme"),
        }, cancellationToken: Ct);

        var error = await RefusedAsync(app.Priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = created.Name, AdoptedOn = Steps.DateOf(new DateOnly(2024, 3, 1)), AdoptedBy = "City Council of Tunis", Etag = created.Etag,
        }, cancellationToken: Ct));

        Assert.Equal(StatusCode.Aborted, error.StatusCode);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_a_city_outside_the_network_is_refused()
    {
        var bad = await RefusedAsync(app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = "Tunis!", Theme = "Not A Slug",
                Evidence = { new EvidenceItem(), new EvidenceItem { Profile = new ProfileFinding { Revision = "tunis-1", Section = "gossip" } } },
            },
        }, cancellationToken: Ct));
        var outsider = await app.NewCityAsync(member: false);
        var notMember = await RefusedAsync(app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority { City = $"cities/{outsider}", Text = new() { En = "Reception" } },
        }, cancellationToken: Ct));

        Assert.Equal(
            ["priority.city", "priority.text.en", "priority.theme", "priority.evidence[0]", "priority.evidence[1].profile.revision", "priority.evidence[1].profile.section"],
            Fields(bad));
        Assert.Equal(StatusCode.FailedPrecondition, notMember.StatusCode);
    }

    [Fact]
    public async Task The_rest_face_lists_a_citys_priorities_and_answers_400_to_bad_input()
    {
        var adopted = await app.AdoptedTunisPriorityAsync();

        var list = await app.Rest.GetAsync(new Uri("/api/v1/priorities?city=cities/tunis&state=PRIORITY_STATE_ADOPTED&pageSize=100", UriKind.Relative), Ct);
        var bad = await app.Rest.PostAsync(new Uri("/api/v1/priorities", UriKind.Relative), new StringContent("""{"priority":{"city":"cities/tunis"}}""", System.Text.Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        using var body = JsonDocument.Parse(await list.Content.ReadAsStringAsync(Ct));
        Assert.Contains(body.RootElement.GetProperty("priorities").EnumerateArray(), p => p.GetProperty("name").GetString() == adopted.Name);
        Assert.All(body.RootElement.GetProperty("priorities").EnumerateArray(), p => Assert.Equal("cities/tunis", p.GetProperty("city").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
