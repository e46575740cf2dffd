using Google.Rpc;
using Mc2cm.Contracts.Gateway.V1;
using Mc2cm.Domain.Errors;

namespace Mc2cm.Gateway.Overview;

/// <summary>
/// Asks the four services for their parts all at once and waits for all of them: the overview
/// takes as long as its slowest part, never longer than the deadline every call carries. Only
/// a city that Cities says does not exist fails the overview; the calls still running are then
/// cancelled.
/// </summary>
public sealed class CityOverviewComposer(CityDetailsReader cities, KnowledgeReader knowledge, DialogueReader dialogue, ActionReader action)
{
    public async Task<CityOverview> ComposeAsync(string cityId, string language, DownstreamCall call)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(call.CancellationToken);
        call = call with { CancellationToken = abandon.Token };
        var city = cities.ReadAsync(cityId, call);
        var profile = knowledge.ReadProfileAsync(cityId, call);
        var keyFigures = knowledge.ReadKeyFiguresAsync(cityId, language, call);
        var meetings = dialogue.ReadHostedMeetingsAsync(cityId, language, call);
        var priorities = action.ReadPrioritiesAsync(cityId, call);
        var actions = action.ReadFundedActionsAsync(cityId, call);
        Task[] others = [profile, keyFigures, meetings, priorities, actions];

        if ((await city).Status.Code == Code.NotFound)
        {
            await abandon.CancelAsync();
            await Task.WhenAll(others);
            throw new NotFoundException("City", $"cities/{cityId}");
        }

        await Task.WhenAll(others);
        return new CityOverview
        {
            City = $"cities/{cityId}",
            CityDetails = await city,
            Profile = await profile,
            KeyFigures = await keyFigures,
            HostedMeetings = await meetings,
            Priorities = await priorities,
            FundedActions = await actions,
        };
    }
}
