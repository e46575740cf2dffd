using Mc2cm.Contracts.Action.V1;
using Mc2cm.Contracts.Gateway.V1;

namespace Mc2cm.Gateway.Overview;

/// <summary>The priorities and funded-actions parts, from Action.</summary>
public sealed class ActionReader(PrioritiesService.PrioritiesServiceClient priorities, ActionsService.ActionsServiceClient actions, PartReader parts)
{
    private const string Service = "Action";

    public Task<PrioritiesPart> ReadPrioritiesAsync(string cityId, DownstreamCall call) =>
        parts.ReadAsync(Service, async () =>
        {
            var response = await priorities.ListPrioritiesAsync(new ListPrioritiesRequest { City = $"cities/{cityId}", PageSize = PartReader.ListSize }, call.Options);
            return new PrioritiesPart { Status = PartStatuses.Ok, Priorities = { response.Priorities }, Truncated = response.NextPageToken.Length > 0 };
        }, status => new PrioritiesPart { Status = status });

    public Task<FundedActionsPart> ReadFundedActionsAsync(string cityId, DownstreamCall call) =>
        parts.ReadAsync(Service, async () =>
        {
            var response = await actions.ListActionsAsync(new ListActionsRequest { City = $"cities/{cityId}", PageSize = PartReader.ListSize }, call.Options);
            return new FundedActionsPart { Status = PartStatuses.Ok, Actions = { response.Actions }, Truncated = response.NextPageToken.Length > 0 };
        }, status => new FundedActionsPart { Status = status });
}
