using Grpc.Core;
using Dialogue = Mc2cm.Contracts.Dialogue.V1;

namespace Mc2cm.Action.Evidence;

/// <summary>Asks Dialogue, over gRPC, whether a recommendation was adopted.</summary>
public sealed class RecommendationLookup(Dialogue.OutcomesService.OutcomesServiceClient outcomes)
{
    public async Task<bool> ExistsAsync(string recommendationId, CancellationToken cancellationToken)
    {
        try
        {
            await outcomes.GetRecommendationAsync(new Dialogue.GetRecommendationRequest { Name = $"recommendations/{recommendationId}" }, cancellationToken: cancellationToken);
            return true;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.NotFound or StatusCode.InvalidArgument)
        {
            return false;
        }
        catch (RpcException ex) when (ex.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new RpcException(new Status(StatusCode.Unavailable, "The Dialogue service cannot be reached to check the evidence; try again shortly."));
        }
    }
}
