using Grpc.Core;
using Mc2cm.Contracts.Action.V1;
using Mc2cm.Testing;
using EvidenceItem = Mc2cm.Contracts.Action.V1.Evidence;

namespace Mc2cm.Action.Tests.Integration;

/// <summary>
/// The chain from a published finding and an adopted recommendation, through an adopted priority,
/// to a funded action. It has its own four services, because it stops two of them.
/// </summary>
public sealed class ChainTests(SharedBroker broker) : IAsyncLifetime
{
    private readonly ActionApp _app = new(broker);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_chain_resolves_from_finding_to_action_and_still_answers_when_Knowledge_and_Dialogue_are_down()
    {
        var city = await _app.NewCityAsync();
        await _app.PublishProfileAsync(city);
        var candidate = await CandidateAsync(city);
        var recommendation = await _app.RecommendationAsync();
        var priority = (await _app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Candidate = candidate.Name,
            Priority = new Priority { City = $"cities/{city}", Evidence = { new EvidenceItem { Recommendation = recommendation } } },
        }, cancellationToken: Ct)).Priority;
        priority = (await _app.Priorities.AdoptPriorityAsync(new AdoptPriorityRequest
        {
            Name = priority.Name, AdoptedOn = Steps.DateOf(new DateOnly(2025, 6, 2)), AdoptedBy = "Municipal council", Etag = priority.Etag,
        }, cancellationToken: Ct)).Priority;
        var action = await _app.FundedActionAsync(city, priority.Name);

        var chain = await ResolvedChainAsync(action.Name);

        Assert.Equal((candidate.Text, "reception-of-refugees"), (priority.Text, priority.Theme));
        var link = chain.Priorities.Single();
        Assert.Equal((priority.Name, PriorityState.Adopted), (link.Priority, link.State));
        var finding = link.Findings.Single();
        Assert.Equal(($"profiles/{city}/revisions/1", "priorities", "reception", "Accueil des nouveaux arrivants"), (finding.Revision, finding.Section, finding.PriorityId, finding.PriorityText.Fr));
        Assert.Equal(("meetings/madrid-2016", true), (link.Recommendations.Single().Meeting, link.Recommendations.Single().Resolved));

        await _app.StopKnowledgeAndDialogueAsync();

        var offline = (await _app.Actions.GetActionChainAsync(new GetActionChainRequest { Name = action.Name }, cancellationToken: Ct));
        var cityChain = (await _app.Actions.GetCityChainAsync(new GetCityChainRequest { Name = $"chains/{city}" }, cancellationToken: Ct));
        var unverifiable = await Assert.ThrowsAsync<RpcException>(() => _app.Priorities.CreatePriorityAsync(new CreatePriorityRequest
        {
            Priority = new Priority
            {
                City = $"cities/{city}", Text = new() { En = "Language courses" },
                Evidence = { new EvidenceItem { Profile = new ProfileFinding { Revision = $"profiles/{city}/revisions/1", Section = "synopsis" } } },
            },
        }, cancellationToken: Ct).ResponseAsync);

        Assert.Equal(chain.Priorities, offline.Priorities);
        Assert.Equal(action.Name, cityChain.Actions.Single().Action);
        Assert.Equal([priority.Name], cityChain.Actions.Single().Priorities);
        Assert.Equal(StatusCode.Unavailable, unverifiable.StatusCode);
    }

    private async Task<CandidatePriority> CandidateAsync(string city)
    {
        CandidatePriority? found = null;
        await Poll.UntilAsync(async () =>
        {
            found = (await _app.Priorities.ListCandidatePrioritiesAsync(new ListCandidatePrioritiesRequest { City = $"cities/{city}" }, cancellationToken: Ct)).Candidates.SingleOrDefault();
            return found is not null;
        }, Poll.ThroughTheBroker, "the published profile's priority to become a candidate", Ct);
        return found!;
    }

    // The recommendation's copy comes by event; until it lands, its link shows unresolved.
    private async Task<GetActionChainResponse> ResolvedChainAsync(string action)
    {
        GetActionChainResponse? chain = null;
        await Poll.UntilAsync(async () =>
        {
            chain = await _app.Actions.GetActionChainAsync(new GetActionChainRequest { Name = action }, cancellationToken: Ct);
            return chain.Priorities.All(p => p.Findings.All(f => f.Resolved) && p.Recommendations.All(r => r.Resolved));
        }, Poll.ThroughTheBroker, "the chain to resolve", Ct);
        return chain!;
    }
}
